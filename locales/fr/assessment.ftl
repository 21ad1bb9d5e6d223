# L'auto-évaluation DigComp, le profil de compétences, l'encadré des écarts et les suggestions.

nav-assessment = Où j'en suis
home-assessment-text = Répondez à quelques questions simples sur ce que vous savez faire avec les outils numériques, puis découvrez les métiers et les offres qui vous correspondent, et ce que vous pourriez apprendre ensuite.
param-fit = correspond à mon profil

assessment-title = Où en suis-je ? Une auto-évaluation de vos compétences numériques
assessment-intro = Pour chaque compétence, lisez ce que les personnes savent faire à chaque étape et choisissez le niveau qui vous ressemble. Il n'y a pas de mauvaise réponse, et vous pouvez changer vos réponses à tout moment. Si vous hésitez, choisissez « Je ne sais pas ».
assessment-framework = Niveaux selon { $framework }.
assessment-how = Lisez les quatre courtes descriptions, puis choisissez le niveau le plus proche de ce que vous faites aujourd'hui.
assessment-progress-label = Votre progression dans l'auto-évaluation
assessment-progress = Domaine { $n } sur { $total }
assessment-answered = Compétences renseignées : { $answered } sur { $total }
assessment-area-n = Domaine { $n }
assessment-level = Niveau { $n }
assessment-level-band = Niveau { $n } ({ $band })
assessment-level-none = Pas encore de niveau
assessment-unknown = Je ne sais pas
assessment-next = Enregistrer et continuer
assessment-finish = Enregistrer et voir mon profil
assessment-back = Enregistrer et revenir en arrière
assessment-see-profile = Voir mon profil de compétences à ce stade
assessment-notice-saved = Vos réponses sont enregistrées.
assessment-replaced-notice = Certaines de vos réponses précédentes portaient sur une ancienne version du référentiel. Merci de répondre à nouveau : les niveaux n'ont peut-être plus le même sens.
assessment-error-level = Choisissez un niveau de { $min } à { $max }, ou « Je ne sais pas ».
assessment-error-unknown-competence = Le formulaire mentionnait une compétence qui ne fait pas partie de ce domaine ({ $code }). Rien n'a été enregistré : vérifiez vos réponses et envoyez-les à nouveau.
assessment-error-replaced = Le référentiel est passé à { $framework } pendant que vous répondiez. Rien n'a été enregistré : relisez vos réponses à la lumière des nouvelles descriptions et envoyez-les à nouveau.
assessment-start = Faire l'auto-évaluation

assessment-profile-title = Mon profil de compétences
assessment-profile-intro = Votre niveau dans chaque compétence numérique, et d'où il vient : ce que vous avez répondu vous-même, ou ce que montre un badge que vous avez obtenu.
assessment-profile-empty = Vous n'avez pas encore de profil de compétences. L'auto-évaluation prend environ 15 minutes et fonctionne sans compte ; vous pouvez l'interrompre et la reprendre à tout moment.
assessment-profile-table = Vos niveaux, compétence par compétence
assessment-col-competence = Compétence
assessment-col-level = Niveau
assessment-col-source = D'où vient ce niveau
assessment-source-self = Votre propre réponse, { $date }
assessment-source-unknown = Vous avez répondu « Je ne sais pas », { $date }
assessment-source-badge = Attesté par votre badge :
assessment-source-none = Pas encore de réponse
assessment-results-link = Voir les métiers, les offres et les parcours qui vous correspondent
assessment-change = Modifier mes réponses
assessment-download = Télécharger mon profil (JSON)
assessment-print-hint = Pour en garder une copie papier, imprimez cette page : les menus et les boutons n'y figureront pas.
assessment-chart-title = Mes niveaux par compétence
assessment-chart-desc = Une barre par compétence, dont la longueur indique le niveau, de 0 à { $top }. Compétences qui ont un niveau : { $answered } sur { $total } ; une coche signale un niveau attesté par un badge. Le tableau ci-dessous donne les mêmes chiffres.
assessment-chart-caption = Chaque barre est une compétence (son numéro DigComp à gauche) ; sa longueur correspond à votre niveau. ✓ = attesté par un badge que vous avez obtenu.

assessment-gap-title = Ce que vous avez, et ce qu'il vous faudrait
assessment-gap-invitation = Envie de savoir lesquelles de ces compétences vous avez déjà, et ce qu'il vous reste à apprendre pour y arriver ? Faites l'auto-évaluation : elle prend environ 15 minutes et ne demande pas de compte.
assessment-gap-summary = { $total ->
    [one] Sur { $total } compétence demandée, vous en avez { $meets }.
   *[other] Sur les { $total } compétences demandées, vous en avez { $meets }.
}
assessment-gap-met-label = Vous l'avez :
assessment-gap-open-label = À apprendre :
assessment-gap-meets = Pour { $code }, le niveau demandé est { $required } ; vous êtes au niveau { $held }.
assessment-gap-meets-attested = Pour { $code }, le niveau demandé est { $required } ; votre badge atteste le niveau { $held }.
assessment-gap-lacks = Pour { $code }, le niveau demandé est { $required } ; vous êtes au niveau { $held }, { $by ->
    [one] il ne vous reste qu'un niveau à franchir.
   *[other] il vous reste { $by } niveaux à franchir.
}
assessment-gap-unknown = Pour { $code }, le niveau demandé est { $required } ; vous avez répondu « Je ne sais pas ».
assessment-gap-missing = Pour { $code }, le niveau demandé est { $required } ; cette compétence n'est pas encore dans votre profil.
assessment-gap-pathway = Parcours
assessment-gap-pathway-reaches = vous mène au niveau { $level } en { $duration }.
assessment-gap-webinar = Webinaire
assessment-gap-nothing-yet = Aucun parcours ni webinaire ne couvre encore cette compétence.
assessment-gap-profile-link = Voir tout mon profil de compétences
assessment-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
assessment-hours = { $n ->
    [one] une heure
   *[other] { $shown } heures
}

assessment-results-title = Les métiers, offres et parcours qui vous correspondent
assessment-results-intro = D'après votre profil de compétences. Modifiez vos réponses ou obtenez des badges : ces suggestions évoluent avec vous.
assessment-results-how = Comment ils sont classés : d'abord selon la part des compétences demandées que vous avez déjà, puis selon le plus petit nombre de niveaux qu'il vous reste à gagner, enfin dans un ordre fixe, pour qu'un même profil donne toujours la même liste.
assessment-results-empty = Pour recevoir des suggestions, il faut un profil de compétences. Faites d'abord l'auto-évaluation : elle prend environ 15 minutes et ne demande pas de compte.
assessment-results-jobs = Les métiers les plus proches de votre profil
assessment-results-job-why = { $total ->
    [one] Sur { $total } compétence demandée pour ce métier, vous en avez { $meets }
   *[other] Sur les { $total } compétences demandées pour ce métier, vous en avez { $meets }
}{ $short ->
    [0] .
    [one]  ; il vous reste un niveau à gagner sur les autres.
   *[other]  ; il vous reste { $short } niveaux à gagner sur les autres.
}
assessment-results-none = Aucune fiche métier n'indique encore de compétences à comparer.
assessment-results-offers = Les offres ouvertes qui vous correspondent déjà
assessment-results-filter-label = Filtrer les offres qui vous correspondent
assessment-results-filter = Afficher ces offres
assessment-results-offers-count = { $count ->
    [0] Pour l'instant, aucune offre ouverte ne demande uniquement des compétences que vous avez.
    [one] Une offre ouverte ne demande que des compétences que vous avez.
   *[other] { $count } offres ouvertes ne demandent que des compétences que vous avez.
}
assessment-results-offer-why = { $total ->
    [one] Elle demande { $total } compétence, et vous l'avez.
   *[other] Elle demande { $total } compétences, et vous les avez toutes.
}
assessment-results-no-offer = Essayez avec moins de filtres, ou regardez les parcours ci-dessous pour accéder aux prochaines offres.
assessment-results-offers-search = Rechercher parmi toutes les offres, les plus adaptées d'abord
assessment-results-pathways = Les parcours qui vous apportent le plus pour le temps passé
assessment-results-pathway-why = { $gain ->
    [one] Ajoute { $gain } niveau à votre profil en { $duration }.
   *[other] Ajoute { $gain } niveaux à votre profil en { $duration }.
}
assessment-results-no-pathway = Aucun parcours n'enrichit encore votre profil : vous avez déjà ce qu'ils enseignent.

offers-filter-fit = Compétences
offers-filter-fit-mine = Uniquement les offres qui correspondent à mon profil de compétences
offers-sort-fit = Les plus adaptées à mon profil d'abord
offers-fit-invitation = Faites l'auto-évaluation pour trouver les offres adaptées à vos compétences
