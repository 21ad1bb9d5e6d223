# La ricerca su tutto il portale.
search-title = Cerca nel portale
search-title-for = «{ $q }» — { $count ->
    [one] un risultato
   *[other] { $count } risultati
}
search-header-label = Cerca in tutto il portale
search-form-label = Cerca in tutti i contenuti
search-q-label = Parole da cercare
search-kind-label = Tipo di contenuto
search-kind-all = Tutto
search-submit = Cerca
search-count = { $count ->
    [0] Nessun risultato.
    [one] Un risultato.
   *[other] { $count } risultati.
}
search-empty = Ancora nulla corrisponde a queste parole.
search-empty-tip-spelling = Controllare l'ortografia, o provare una parola più breve o più comune.
search-empty-tip-fewer = Togliere una parola o il tipo di contenuto.
search-see-all = { $count ->
    [one] Vederlo in «{ $kind }» per «{ $q }»
   *[other] Vedere tutti i { $count } risultati in «{ $kind }» per «{ $q }»
}
search-some-words = Nessun risultato contiene tutte le parole: questi ne contengono alcune.
search-did-you-mean-before = Forse cercava{" "}
search-did-you-mean-after = ?
search-without-filters = Le stesse parole senza i filtri
search-alert = Ricevere un'e-mail quando qualcosa corrisponde: salvare questa ricerca
search-lang-label = Scritto in
search-lang-all = Qualsiasi lingua
