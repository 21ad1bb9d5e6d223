## The fields of a webinar, in moderators' diffs and histories
content-field-starts-time = Ora di inizio
content-field-time-zone = Fuso orario
content-field-duration-minutes = Durata (minuti)
content-field-capacity = Posti
content-field-spoken-lang = Lingua parlata
content-field-join-url = Link per partecipare
content-field-replay-url = Link alla registrazione
content-field-captions = Sottotitoli in diretta
content-field-sign-language = Interpretariato in lingua dei segni
content-field-job-profiles = Profili professionali
content-field-speaker-n = Relatore { $n }
content-field-interview = Intervista
content-field-organisation = Organizzazione
content-field-registration-open = Iscrizioni aperte
