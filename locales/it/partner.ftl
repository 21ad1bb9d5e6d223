partner-title = Area partner
partner-intro = I contenuti della tua organizzazione in ogni stato: bozze, in attesa di revisione, pubblicati, respinti e archiviati.
partner-none = Non pubblichi ancora per nessuna organizzazione. Chiedi agli amministratori di collegarti alla tua.
partner-acting-for = Stai agendo per { $name }
partner-choose = Organizzazione
partner-choose-submit = Mostra i suoi contenuti
partner-by-status = Per stato
partner-by-kind = Per tipo
partner-count = { $name } ({ $count })
partner-items = Contenuti
partner-shown = { $count ->
    [one] { $count } contenuto mostrato.
   *[other] { $count } contenuti mostrati.
}
partner-show-all = Mostra tutto
partner-empty = Ancora niente qui.
partner-col-title = Titolo
partner-col-kind = Tipo
partner-col-status = Stato
content-status-draft = Bozza
content-status-in-review = In revisione
content-status-published = Pubblicato
content-status-rejected = Respinto
content-status-archived = Archiviato
content-kind-offer = Offerte
content-kind-interview = Interviste
content-kind-pathway = Percorsi
content-kind-organisation = Scheda dell’organizzazione
content-kind-one-offer = Offerta
content-kind-one-interview = Intervista
content-kind-one-pathway = Percorso
content-kind-one-organisation = Scheda dell’organizzazione
