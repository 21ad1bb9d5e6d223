interviews-title = Interviste
interviews-intro = Professionisti della tecnologia sociale raccontano come ci sono arrivati, com'è la loro settimana e cosa consiglierebbero.
interviews-filter-job = Profilo professionale
interviews-filter-job-any = Tutti i profili professionali
interviews-count = { $count ->
    [0] Nessuna intervista
    [one] { $count } intervista
    [many] { $count } interviste
   *[other] { $count } interviste
}
interviews-empty = Nessuna intervista corrisponde a questi filtri.
interviews-job-link = Scopri questo lavoro:
interviews-page-title = { $person }: { $title }
interviews-search = Parole
