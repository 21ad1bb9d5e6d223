# Rédaction des contenus : champs Markdown, traductions côte à côte, modifications.

markdown-hint = Mise en forme Markdown : voir « Aide à la mise en forme » sous le champ.
markdown-help = Aide à la mise en forme
markdown-help-heading = en début de ligne : un intertitre
markdown-help-bold = gras
markdown-help-italic = italique
markdown-help-list = en début de ligne : un élément de liste
markdown-help-link = un lien
markdown-preview = Aperçu
form-preview = Aperçu

translation-state-original = Original
translation-state-missing = Manquante
translation-state-current = À jour
translation-state-out-of-date = Pas à jour
translations-heading = Traductions
translations-intro = Les lecteurs voient le texte dans leur langue s’il existe, sinon l’original avec un avertissement. Une traduction n’est plus à jour quand l’original a changé depuis son dernier enregistrement.
translations-col-language = Langue
translations-col-state = État
translations-col-action = Action
translation-add = Traduire
translation-edit = Modifier la traduction
translation-page-title = { $title } en { $language }
translation-intro = Chaque champ de l’original ({ $original }) est affiché à côté du champ à rédiger en { $language }.
translation-save = Enregistrer la traduction
translation-back = Retour au contenu

content-field-title = Titre
content-field-description-md = Description
content-field-how-to-apply = Comment postuler
content-field-kind = Type
content-field-work-mode = Mode de travail
content-field-contract = Contrat
content-field-country = Pays
content-field-city = Ville
content-field-valid-until = Ouverte jusqu’au
content-field-starts-on = Début le
content-field-apply-url = Adresse web pour postuler
content-field-apply-email = Adresse e-mail pour postuler

changes-none = Rien n’a changé.
changes-empty = (vide)
changes-field = Champ
changes-before = Avant
changes-after = Après
history-changed = Modifié :
content-field-summary = Résumé
content-field-body-md = Texte
content-field-licence = Licence
content-field-external-url = Lien
content-field-languages = Langues de la ressource
content-field-audiences = Écrit pour
content-field-competences = Compétences DigComp
content-field-file = Fichier
fallback-propose = Proposer une traduction en { $requested }.
translation-proposal-note = Votre traduction part chez les modérateurs ; une fois approuvée, elle est publiée et votre nom figure dans l’historique du contenu.
translation-proposed = Merci : votre traduction est envoyée aux modérateurs. La page l’affichera une fois approuvée.
