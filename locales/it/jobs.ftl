jobs-title = Profili professionali
jobs-intro = Lavori digitali nell'economia sociale e solidale: in cosa consistono, quali competenze richiedono e come accedervi.
jobs-framework-note = Le competenze e i livelli vengono da { $framework }.
jobs-filter-area = Competenze digitali (area DigComp)
jobs-filter-area-any = Tutte le aree
jobs-count = { $count ->
    [0] Nessun profilo professionale
    [one] { $count } profilo professionale
    [many] { $count } profili professionali
   *[other] { $count } profili professionali
}
jobs-empty = Nessun profilo professionale corrisponde a questi filtri.
jobs-areas = Aree di competenza:
jobs-missions = Che cosa farai
jobs-competences = Le competenze digitali che userai
jobs-employers = Datori di lavoro tipici
jobs-routes = Come accedere a questo lavoro
jobs-esco = Vedi questa professione in ESCO, la classificazione europea
jobs-interviews = Persone che fanno questo lavoro
jobs-no-interviews = Ancora nessuna intervista per questo lavoro.
jobs-related = Profili professionali correlati
jobs-search = Parole
jobs-filter-employer = Per chi lavoreresti
jobs-filter-employer-any = Qualsiasi datore di lavoro
