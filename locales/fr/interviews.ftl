interviews-title = Témoignages
interviews-intro = Des professionnels de la tech sociale racontent leur parcours, à quoi ressemble leur semaine et ce qu'ils conseilleraient.
interviews-filter-job = Fiche métier
interviews-filter-job-any = Toutes les fiches métiers
interviews-count = { $count ->
    [0] Aucun témoignage
    [one] { $count } témoignage
    [many] { $count } témoignages
   *[other] { $count } témoignages
}
interviews-empty = Aucun témoignage ne correspond à ces filtres.
interviews-job-link = Découvrir ce métier :
interviews-page-title = { $person } : { $title }
interviews-search = Mots
