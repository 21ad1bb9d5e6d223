organisations-title = Organizzazioni
organisations-intro = Le associazioni, le cooperative, le imprese sociali, le fondazioni, gli enti pubblici e le imprese della rete.
organisations-filter-kind = Tipo di organizzazione
organisations-filter-kind-any = Tutti i tipi
organisations-count = { $count ->
    [0] Nessuna organizzazione
    [one] { $count } organizzazione
    [many] { $count } organizzazioni
   *[other] { $count } organizzazioni
}
organisations-empty = Nessuna organizzazione corrisponde a questi filtri.
organisations-verified = Organizzazione verificata
organisations-not-verified = Le informazioni su questa organizzazione non sono ancora state verificate dal team di Social Tech Academy.
organisations-website = Visita il sito web
organisations-about = Informazioni
organisations-interviews = Interviste a persone che lavorano qui
organisations-no-interviews = Ancora nessuna intervista a persone di questa organizzazione.
organisations-search = Parole
