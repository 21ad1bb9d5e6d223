## Writing a pathway in the partner space

partner-new-pathway = Nouveau parcours
partner-pathway-new = Nouveau parcours
partner-pathway-edit = Parcours : { $title }
partner-pathway-goal-hint = Une ou deux phrases : ce que l’apprenant sait faire à la fin, avec des mots de tous les jours.
partner-pathway-competences-hint = Les compétences DigComp que ce parcours développe, chacune avec le niveau atteint par l’apprenant (de 1 à 8). Son badge les mentionne.
partner-pathway-competence-none = — aucune —
partner-pathway-competence-n = Compétence { $n }
partner-pathway-target-level-n = Niveau atteint ({ $n })
partner-pathway-level-n = Niveau { $level }
partner-pathway-competence-at = { $code } au niveau { $level }
partner-pathway-steps = Étapes
partner-pathway-steps-hint = Les apprenants suivent les étapes dans cet ordre. Déplacez une étape avec ses boutons, ou saisissez les nouvelles positions et enregistrez l’ordre.
partner-pathway-no-steps-yet = Pas encore d’étape : ajoutez la première ci-dessous.
partner-pathway-no-steps = Enregistré. Un parcours doit compter au moins une étape avant de pouvoir être envoyé en relecture.
partner-pathway-steps-not-ready = { $count ->
    [one] Enregistré. L’étape { $steps } n’est pas encore terminée : terminez-la avant d’envoyer le parcours en relecture.
   *[other] Enregistré. Les étapes { $steps } ne sont pas encore terminées : terminez-les avant d’envoyer le parcours en relecture.
}
partner-notice-pathway-created = Parcours créé en brouillon. Ajoutez maintenant ses étapes.
partner-step-col-position = Position
partner-step-col-step = Étape
partner-step-col-actions = Actions
partner-step-position-label = Position de l’étape { $n }
partner-step-untitled = Étape sans titre
partner-step-minutes = { $minutes } min
partner-step-ready = Prête
partner-step-unfinished = À terminer
partner-step-up = Monter
partner-step-down = Descendre
partner-step-remove = Supprimer
partner-step-up-label = Monter : déplacer l’étape { $n } d’une place vers le haut
partner-step-down-label = Descendre : déplacer l’étape { $n } d’une place vers le bas
partner-step-remove-label = Supprimer l’étape { $n }
partner-step-reorder = Enregistrer l’ordre
partner-step-add-title = Ajouter une étape
partner-step-add = Ajouter l’étape
partner-step-required = Obligatoire
partner-step-optional = Facultative
partner-notice-step-added = Étape ajoutée. Rédigez maintenant son contenu.
partner-notice-steps-saved = L’ordre des étapes est enregistré.
partner-notice-step-removed = Étape supprimée.
partner-notice-step-saved = Étape enregistrée.

## One step
partner-step-edit = Étape { $n } sur { $total } : { $title }
partner-step-back = Retour au parcours « { $title } »
partner-step-kind-hint = Lire une leçon, regarder une vidéo (avec sa transcription), pratiquer avec une liste de contrôle, répondre à un quiz ou suivre une formation externe.
partner-step-url-hint = L’adresse de la vidéo ou de la formation externe (https://…). Facultative pour les autres étapes.
partner-step-introduction = Introduction
partner-step-checklist-hint = Un élément par ligne : ce que l’apprenant coche une fois fait.
partner-step-pass-mark-hint = La part de bonnes réponses nécessaire pour réussir, en pourcentage (de 1 à 100).
partner-step-questions = Questions
partner-step-questions-hint = Chaque question doit avoir au moins deux choix et exactement une bonne réponse. Laissez un choix vide pour l’omettre.
partner-step-explanation-hint = Affichée après une réponse : pourquoi la bonne réponse est la bonne.
partner-question-add = Ajouter une question
partner-question-remove = Retirer cette question à l’enregistrement
partner-step-save = Enregistrer l’étape

## Problems
partner-error-minutes = Veuillez saisir une durée comprise entre 1 et { $max } minutes.
partner-error-pass-mark = Veuillez saisir un seuil de réussite compris entre 1 et 100.
partner-error-no-questions = Un quiz doit comporter au moins une question : ajoutez-en une.
partner-error-two-choices = Veuillez rédiger au moins deux choix.
partner-error-no-right-answer = Choisissez la bonne réponse parmi les choix rédigés.
partner-error-steps-full = Un parcours compte au plus { $max } étapes.
partner-error-step-past-end = Il n’y a que { $max } étapes : saisissez une position de 1 à { $max }.
partner-error-position = Veuillez saisir la position sous forme de nombre.

## Parts of a pathway, in forms, changes and history
content-field-goal = Objectif
content-field-step-n = Étape { $n }
content-field-question-n = Question { $n }
content-field-choice-n = Choix { $n }
content-field-content-md = Leçon
content-field-transcript-md = Transcription
content-field-checklist = Liste de contrôle
content-field-bring-back-md = Ce qu’il faut rapporter
content-field-minutes = Durée en minutes
content-field-required = Obligatoire ou facultative
content-field-url = Adresse web
content-field-pass-mark = Seuil de réussite (%)
content-field-prompt = Question
content-field-explanation = Explication
content-field-label = Texte
content-field-correct = Bonne réponse

## Proposing a job profile
partner-jobs-link = Fiches métiers
partner-jobs-title = Proposer une fiche métier
partner-jobs-back = Retour à l’espace partenaire
partner-jobs-intro = Les fiches métiers appartiennent à l’ensemble du portail. Proposez-en une nouvelle, ou une modification de l’une de celles ci-dessous : les modérateurs relisent votre proposition, et votre nom figure dans l’historique de la fiche.
partner-jobs-new = Proposer une nouvelle fiche métier
partner-jobs-change = Proposer une modification d’une fiche métier
partner-job-new = Nouvelle fiche métier
partner-job-edit = Fiche métier : { $title }
partner-job-review-note = Ce que vous envoyez ici attend la relecture des modérateurs avant d’être visible par quiconque.
partner-job-summary-hint = Deux ou trois phrases, avec des mots de tous les jours : ce que fait la personne et pour qui.
partner-job-lines-hint = Un élément par ligne.
partner-job-competences-hint = Les compétences DigComp que demande le métier, chacune avec le niveau requis (de 1 à 8).
partner-job-level-n = Niveau requis ({ $n })
partner-job-send = Envoyer la proposition
partner-notice-job-proposed = Merci : votre proposition est transmise aux modérateurs. Vous recevrez un e-mail quand ils auront décidé.
content-field-missions = Missions
content-field-employers = Employeurs types
content-field-routes = Comment accéder au métier
content-field-employer-kinds = Types d’employeurs
content-field-choice-feedback-n = Pourquoi le choix { $n } ne convient pas
content-field-feedback = Retour
partner-step-feedback-hint = Pour une mauvaise réponse : pourquoi elle n’est pas la meilleure, sans dévoiler la bonne. Affiché à qui l’a choisie ; les bonnes réponses et les explications viennent une fois le quiz réussi.
