## The fields of a webinar, in moderators' diffs and histories
content-field-starts-time = Heure de début
content-field-time-zone = Fuseau horaire
content-field-duration-minutes = Durée (minutes)
content-field-capacity = Places
content-field-spoken-lang = Langue parlée
content-field-join-url = Lien pour participer
content-field-replay-url = Lien de l’enregistrement
content-field-captions = Sous-titres en direct
content-field-sign-language = Interprétation en langue des signes
content-field-job-profiles = Fiches métiers
content-field-speaker-n = Intervenant { $n }
content-field-interview = Témoignage
content-field-organisation = Organisation
content-field-registration-open = Inscriptions ouvertes
