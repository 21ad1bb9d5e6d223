## The programme
webinars-title = Webinaires
webinars-intro = Des séances en direct, en ligne, avec les personnes qui travaillent dans la tech sociale : inscrivez-vous gratuitement, participez depuis n’importe quel appareil ou regardez l’enregistrement et lisez la transcription plus tard.
webinars-zone-note = Les horaires sont indiqués en { $zone }.
webinars-upcoming = À venir
webinars-past-title = Webinaires passés
webinars-count = { $count ->
    [one] { $count } webinaire
   *[other] { $count } webinaires
}
webinars-none-upcoming = Aucun webinaire à venir ne correspond à ces filtres.
webinars-none-past = Aucun webinaire passé ne correspond à ces filtres.
webinars-feed = Suivre les nouveaux webinaires (flux Atom)
webinars-filter-when = Quand
webinars-filter-when-any = À venir et passés
webinars-filter-lang = Langue parlée
webinars-filter-lang-any = Toutes les langues
webinars-filter-competence = Compétence DigComp
webinars-filter-competence-any = Toutes les compétences
webinars-filter-job = Métier
webinars-filter-job-any = Tous les métiers
webinars-filter-organisation = Organisation
webinars-filter-organisation-any = Toutes les organisations
webinars-filter-access = Accessibilité
webinars-filter-access-any = Indifférent
webinars-access-captions = sous-titres en direct
webinars-access-sign-language = interprétation en langue des signes
webinars-access-transcript = transcription
param-when = quand
param-access = accessibilité

## A card
webinars-seats-open = Gratuit, sans limite de places
webinars-seats-left = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
webinars-seats-waiting-list = Complet : liste d’attente ouverte
webinars-seats-closed = Inscriptions closes
webinars-replay-available = Enregistrement disponible
webinars-past = A eu lieu
webinars-spoken = en { $language }
webinars-minutes = { $minutes } min

## A webinar's page
webinars-own-zone = Horaire de l’organisation : { $when }
webinars-zone-pick = Afficher les horaires dans un autre fuseau horaire
webinars-zone-show = Afficher
webinars-organiser = Organisé par
webinars-language = Langue parlée
webinars-length = Durée
webinars-seats = Places
webinars-capacity = (sur { $count })
webinars-access = Accessibilité
webinars-add-to-calendar = Ajouter à mon agenda (fichier .ics)
webinars-speakers = Intervenants
webinars-related = En lien avec ce webinaire
webinars-competence = Compétence DigComp
webinars-job = Métier :
webinars-pathway-step = { $pathway }, étape { $n } : l’enregistrement fait partie de ce parcours
webinars-watch-replay = Regarder l’enregistrement
webinars-transcript = Transcription et résumé

## Registrations
webinars-registration-pending = en attente de votre confirmation
webinars-registration-confirmed = inscription confirmée
webinars-registration-waiting = sur liste d’attente
webinars-registration-cancelled = inscription annulée

## Dates and zones
webinars-when = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }, { $start }–{ $end }
webinars-weekday-1 = lun.
webinars-weekday-2 = mar.
webinars-weekday-3 = mer.
webinars-weekday-4 = jeu.
webinars-weekday-5 = ven.
webinars-weekday-6 = sam.
webinars-weekday-7 = dim.
webinars-month-1 = janv.
webinars-month-2 = févr.
webinars-month-3 = mars
webinars-month-4 = avr.
webinars-month-5 = mai
webinars-month-6 = juin
webinars-month-7 = juil.
webinars-month-8 = août
webinars-month-9 = sept.
webinars-month-10 = oct.
webinars-month-11 = nov.
webinars-month-12 = déc.
webinars-zone = heure de { $city }
webinars-city-europe-paris = Paris
webinars-city-europe-brussels = Bruxelles
webinars-city-europe-rome = Rome
webinars-city-europe-madrid = Madrid
webinars-city-atlantic-canary = Las Palmas
webinars-city-europe-lisbon = Lisbonne
webinars-city-europe-london = Londres
webinars-city-europe-berlin = Berlin

## Registering
webinars-register-title = S’inscrire
webinars-register = S’inscrire gratuitement
webinars-join-waiting-list = Rejoindre la liste d’attente
webinars-email = Votre adresse e-mail
webinars-email-hint = Pas besoin de compte : nous vous envoyons un lien pour confirmer. Votre inscription compte dès que vous l’ouvrez.
webinars-error-closed = Les inscriptions à ce webinaire sont closes.
webinars-error-already = Cette adresse est déjà inscrite à ce webinaire. L’e-mail que nous vous avons envoyé contient votre lien personnel.
webinars-notice-check-mail = Presque fini : ouvrez le lien que nous venons d’envoyer à votre adresse e-mail pour confirmer votre inscription (dans les 48 heures).
webinars-notice-registered = Votre inscription est confirmée. Nous vous avons envoyé un e-mail avec votre lien personnel et un fichier d’agenda.
webinars-notice-waiting = Le webinaire est complet : vous êtes sur la liste d’attente. Si une place se libère, elle est pour vous et nous vous préviendrons par e-mail.
webinars-notice-cancelled = Votre inscription est annulée.
webinars-notice-already-cancelled = Cette inscription avait déjà été annulée.
webinars-you-have-a-seat = Vous avez une place.
webinars-manage-by-mail = Votre lien personnel, pour annuler ou pour ajouter le webinaire à votre agenda, se trouve dans l’e-mail que nous vous avons envoyé.
webinars-your-place = Vous êtes sur la liste d’attente, en position { $place }.
webinars-you-cancelled = Vous avez annulé cette inscription.
webinars-registration-title = Votre inscription
webinars-registration-expired = Ce lien a expiré (une inscription doit être confirmée dans les 48 heures, avant le début du webinaire). Veuillez vous inscrire à nouveau.
webinars-join = Rejoindre le webinaire
webinars-join-later = Le lien pour rejoindre le webinaire apparaît ici 15 minutes avant le début.
webinars-cancel = Annuler mon inscription

## E-mails
webinars-mail-confirm-subject = Confirmez votre inscription : { $title }
webinars-mail-confirm-body = Ouvrez ce lien dans les 48 heures pour confirmer votre inscription à « { $title } » :
webinars-mail-registered-subject = Inscription confirmée : { $title }
webinars-mail-registered-body = Vous avez une place pour « { $title } ». Votre lien personnel affiche le webinaire, permet de l’ajouter à votre agenda et, 15 minutes avant le début, donne le lien pour le rejoindre :
webinars-mail-waiting-subject = Sur liste d’attente : { $title }
webinars-mail-waiting-body = « { $title } » est complet : vous êtes donc sur la liste d’attente. Si une place se libère, elle est pour vous et nous vous écrirons. Votre lien personnel :
webinars-mail-seat-subject = Une place est pour vous : { $title }
webinars-mail-seat-body = Bonne nouvelle : une place s’est libérée pour « { $title } » et elle est maintenant à vous. Votre lien personnel :
webinars-mail-cancel-note = Pour annuler, ouvrez votre lien personnel et appuyez sur « Annuler mon inscription ». Aucun compte ni mot de passe n’est nécessaire.
webinars-mail-when = « { $title } » : { $when }
webinars-mail-day-subject = Demain : { $title }
webinars-mail-day-body = Petit rappel : vous avez une place à ce webinaire, demain. Votre lien personnel affiche le lien pour le rejoindre dès 15 minutes avant le début :
webinars-mail-hour-subject = Dans une heure : { $title }
webinars-mail-hour-body = Le webinaire commence dans une heure. Votre lien personnel affiche le lien pour le rejoindre dès 15 minutes avant le début :
webinars-mail-replay-subject = L’enregistrement est en ligne : { $title }
webinars-mail-replay-body = L’enregistrement de « { $title } » est en ligne. Regardez-le, et lisez sa transcription, sur la page du webinaire :
webinars-mail-calendar-note = Le fichier d’agenda joint à cet e-mail ajoute le webinaire à votre agenda.
webinars-mail-feed-note = Tous les webinaires auxquels vous vous inscrivez figurent aussi dans votre propre flux d’agenda, auquel votre application d’agenda peut s’abonner : { $url }
webinars-mail-stop-note = Vous ne voulez pas de rappels ? Ouvrez votre lien personnel et appuyez sur « Arrêter les rappels » : { $url }

## Les rappels et l’agenda personnel
webinars-reminders-on = Nous vous envoyons un rappel la veille et une heure avant, puis un e-mail quand l’enregistrement est en ligne.
webinars-reminders-off = Vous ne recevrez aucun rappel pour ce webinaire.
webinars-reminders-stop = Arrêter les rappels
webinars-reminders-start = Recevoir à nouveau les rappels
webinars-notice-reminders-off = Les rappels sont désactivés pour ce webinaire.
webinars-notice-reminders-on = Les rappels sont réactivés pour ce webinaire.
webinars-my-calendar-name = Mes webinaires — Social Tech Academy
webinars-notice-calendar-reset = Votre agenda a une nouvelle adresse. L’ancienne ne fonctionne plus : abonnez-vous à la nouvelle.
webinars-mine-title = Mes webinaires
webinars-mine-none = Vous n’avez encore aucune inscription à un webinaire.
webinars-mine-browse = Voir le programme
webinars-mine-upcoming = À venir
webinars-mine-waiting = Sur liste d’attente
webinars-mine-past = Passés, avec leur enregistrement
webinars-my-calendar-title = Votre agenda de webinaires
webinars-my-calendar-intro = Abonnez-vous à cette adresse dans votre application d’agenda (cela fonctionne avec la plupart d’entre elles : « ajouter un agenda à partir d’une URL »). Elle affiche les webinaires auxquels vous vous inscrivez, avec le lien pour les rejoindre. Gardez-la pour vous : toute personne qui l’a peut les voir.
webinars-my-calendar-address = L’adresse privée de votre agenda
webinars-my-calendar-reset = Donner une nouvelle adresse à mon agenda
webinars-mine-on-account = Vous retrouvez ce webinaire dans « Mes webinaires », sur la page « Mon compte », ainsi que dans votre agenda de webinaires.
webinars-my-calendar-make = Créer l’adresse de mon agenda

## Webinar form errors
webinars-error-time = Veuillez saisir une heure en heures et minutes, par exemple 18:30.
webinars-error-time-skipped = Cette heure n’existe pas ce jour-là dans ce fuseau horaire (passage à l’heure d’été). Choisissez une autre heure.
webinars-error-start-past = Le début est déjà passé. Choisissez un jour et une heure à venir.
webinars-error-zone = Choisissez un fuseau horaire dans la liste.
webinars-error-duration = Veuillez saisir une durée de 1 à { $max } minutes.
webinars-error-capacity = Veuillez saisir un nombre de places de 1 à { $max }, ou laisser le champ vide s’il n’y a pas de limite.
webinars-error-capacity-taken = { $count } personnes ont déjà une place : le webinaire doit en compter au moins { $count }.
webinars-next-title = Prochains webinaires
webinars-next-all = Voir tous les webinaires
webinars-search = Mots
webinars-notice-see-mine = Voir vos webinaires
