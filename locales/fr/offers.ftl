offers-title = Emplois, stages, bénévolat et formations
offers-intro = Des offres d'organisations qui mettent les compétences numériques au service du bien commun, près de chez vous ou à distance.
offers-count = { $count ->
    [0] Aucune offre ne correspond
    [one] Une offre
   *[other] { $count } offres
}
offers-empty = Aucune offre ouverte ne correspond encore à cette recherche.
offers-empty-tip-words = Essayez des mots moins nombreux ou plus généraux : « données » plutôt que « analyste de données à Lyon ».
offers-empty-tip-filters = Retirez un filtre, par exemple la ville ou la date, à l'aide des liens ci-dessus.
offers-empty-all = Voir toutes les offres ouvertes
offers-feed-title = Offres de Social Tech Academy
offers-feed-link = Suivre cette recherche avec un lecteur de flux (Atom)
offers-feed-summary = { $kind } chez { $organisation }, { $place } ({ $mode })
offers-search-label = Rechercher des offres
offers-q-label = Mots
offers-q-hint = Un métier, une compétence, une organisation ou un lieu. Les accents et les majuscules n'ont pas d'importance.
offers-search-submit = Rechercher
offers-filter-any = Indifférent
offers-filter-q = Mots
offers-filter-kind = Type d'offre
offers-filter-country = Pays
offers-filter-city = Lieu
offers-filter-place = Où
offers-place-remote = À distance, de partout
offers-place-add = Ajouter une ville
offers-place-hint = Les offres des communes voisines sont trouvées aussi. Cochez plusieurs lieux pour voir les offres de l’un ou de l’autre, par exemple une ville et le travail à distance.
offers-filter-radius = Distance
offers-radius-km = { $km ->
    [0] Cette ville seulement
   *[other] À { $km } km maximum
}
offers-filter-mode = Mode de travail
offers-filter-lang = Langue de l'offre
offers-filter-competence = Compétence DigComp
offers-filter-organisation = Organisation
offers-filter-posted = Date de publication
offers-filter-sort = Ordre
offers-kind-job = Emploi
offers-kind-internship = Stage
offers-kind-volunteering = Bénévolat
offers-kind-training = Formation
offers-mode-on-site = Sur place
offers-mode-hybrid = Hybride
offers-mode-remote = À distance
offers-contract-permanent = Contrat à durée indéterminée
offers-contract-fixed-term = Contrat à durée déterminée
offers-contract-freelance = Travail indépendant
offers-contract-part-time = Temps partiel
offers-contract-internship = Convention de stage
offers-contract-volunteer = Bénévolat
offers-contract-course = Formation
offers-contract-other = Autre
offers-posted-7 = Au cours des 7 derniers jours
offers-posted-30 = Au cours des 30 derniers jours
offers-posted-90 = Au cours des 90 derniers jours
offers-sort-relevance = Les plus pertinentes d'abord
offers-sort-newest = Les plus récentes d'abord
offers-sort-closing = Date limite la plus proche
offers-posted = Publiée le { $date }
offers-closes = clôture le { $date }
offers-closed = Cette offre est close : la date limite est passée. Elle reste affichée ici pour information.
offers-apply-title = Comment postuler
offers-apply-link = Postuler sur le site de l'organisation
offers-apply-email = Ou écrivez à
offers-competences-title = Compétences numériques demandées (DigComp 2.2)
offers-job-profile = Le métier correspondant à cette offre :
offers-fact-organisation = Organisation
offers-fact-contract = Contrat
offers-fact-place = Lieu
offers-fact-posted = Date de publication
offers-fact-closes = Date limite
offers-fact-starts = Date de début
offers-about-organisation = À propos de { $name }
offers-open-title = Offres ouvertes
offers-save-button = Enregistrer cette offre
offers-saved-button = Enregistrée — retirer de ma liste
offers-save-sign-in = Connectez-vous pour enregistrer cette offre
offers-save-search = Enregistrer cette recherche
offers-save-search-alert = M'envoyer par e-mail les nouvelles offres correspondantes, une fois par jour
offers-save-search-sign-in = Connectez-vous pour enregistrer cette recherche et recevoir les nouvelles offres par e-mail
offers-saved-title = Mes offres et recherches enregistrées
offers-saved-offers = Offres enregistrées
offers-saved-none = Vous n'avez encore enregistré aucune offre.
offers-remove-saved = Retirer « { $title } »
offers-saved-searches = Recherches enregistrées
offers-saved-searches-intro = Une recherche enregistrée avec une alerte e-mail vous envoie, une fois par jour, les nouvelles offres qui y correspondent.
offers-searches-none = Vous n'avez encore enregistré aucune recherche. Recherchez des offres, puis choisissez « Enregistrer cette recherche ».
offers-search-everything = Toutes les offres ouvertes
offers-alert-is-on = e-mail quotidien activé
offers-alert-is-off = pas d'e-mail
offers-alert-turn-on = M'envoyer un e-mail quotidien
offers-alert-turn-off = Arrêter les e-mails
offers-remove-search = Retirer cette recherche
offers-notice-saved = L'offre figure dans vos offres enregistrées.
offers-notice-unsaved = L'offre ne figure plus dans vos offres enregistrées.
offers-notice-search-saved = Votre recherche est enregistrée. Vous la retrouverez dans « Mes offres et recherches enregistrées ».
offers-notice-search-saved-alert = Votre recherche est enregistrée. Nous vous enverrons par e-mail les nouvelles offres correspondantes, une fois par jour.
offers-notice-search-removed = La recherche a été retirée.
offers-notice-alert-on = Vous recevrez un e-mail quotidien pour cette recherche.
offers-notice-alert-off = Vous ne recevrez plus d'e-mails pour cette recherche.
offers-notice-unsubscribed = C'est fait : vous ne recevrez plus d'e-mails pour cette recherche. Vous pouvez les réactiver depuis votre compte.
offers-notice-unsubscribe-invalid = Ce lien de désabonnement n'est plus valide. Vous pouvez gérer vos e-mails depuis votre compte.
offers-alert-subject = { $count ->
    [one] Une nouvelle offre pour votre recherche
   *[other] { $count } nouvelles offres pour votre recherche
}
offers-alert-intro = { $count ->
    [one] Une nouvelle offre correspond à votre recherche enregistrée :
   *[other] { $count } nouvelles offres correspondent à votre recherche enregistrée :
}
offers-alert-all = Les voir toutes sur Social Tech Academy :
offers-alert-unsubscribe = Pour ne plus recevoir ces e-mails, ouvrez ce lien et appuyez sur le bouton (sans avoir à vous connecter) :

offers-notice-saved-after-sign-in = Vous êtes connecté·e, et l'offre est dans vos offres enregistrées.
offers-notice-search-kept-alert = Votre recherche était déjà enregistrée, et son e-mail quotidien reste actif. Vous pouvez l'arrêter dans « Mes offres et recherches enregistrées ».
offers-notice-search-saved-alert-unconfirmed = Votre recherche est enregistrée. L'e-mail quotidien commencera dès que vous aurez confirmé votre adresse e-mail (nous vous avons envoyé un lien).
offers-notice-alert-on-unconfirmed = L'e-mail quotidien de cette recherche commencera dès que vous aurez confirmé votre adresse e-mail.
offers-sign-in-to-save = Connectez-vous ou créez un compte pour enregistrer cette offre. Nous l'enregistrerons dès que vous serez connecté·e.
offers-sign-in-to-save-search = Connectez-vous ou créez un compte pour enregistrer cette recherche. Nous l'enregistrerons dès que vous serez connecté·e.
offers-unsubscribe-title = Arrêter les e-mails de cette recherche
offers-unsubscribe-intro = Vous êtes sur le point d'arrêter l'e-mail quotidien des nouvelles offres pour l'une de vos recherches enregistrées. La recherche elle-même reste enregistrée.
offers-unsubscribe-submit = Arrêter ces e-mails
offers-unsubscribe-manage = Gérer toutes vos recherches enregistrées

# Key facts of an offer (card and page top)
offers-facts-label = L’essentiel
offers-pay-range = { $min } à { $max } { $period ->
    [hour] de l’heure
    [month] par mois
   *[year] par an
} (brut)
offers-pay-one = { $amount } { $period ->
    [hour] de l’heure
    [month] par mois
   *[year] par an
} (brut)
offers-hours = { $hours ->
    [one] { $hours } heure par semaine
   *[other] { $hours } heures par semaine
}

offers-period-hour = Heure
offers-period-month = Mois
offers-period-year = An
offers-notice-see-saved = Voir vos offres enregistrées
