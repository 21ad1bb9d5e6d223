# La recherche sur tout le portail.
search-title = Rechercher sur le portail
search-title-for = « { $q } » — { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-header-label = Rechercher sur tout le portail
search-form-label = Rechercher dans tous les contenus
search-q-label = Mots à rechercher
search-kind-label = Type de contenu
search-kind-all = Tout
search-submit = Rechercher
search-count = { $count ->
    [0] Aucun résultat.
    [one] { $count } résultat.
   *[other] { $count } résultats.
}
search-empty = Rien ne correspond encore à ces mots.
search-empty-tip-spelling = Vérifiez l'orthographe, ou essayez un mot plus court ou plus courant.
search-empty-tip-fewer = Retirez un mot ou le type de contenu.
search-see-all = { $count ->
    [one] Le voir dans « { $kind } » pour « { $q } »
   *[other] Voir les { $count } résultats dans « { $kind } » pour « { $q } »
}
search-some-words = Aucun résultat ne contient tous vos mots : ceux-ci en contiennent une partie.
search-did-you-mean-before = Vouliez-vous dire{" "}
search-did-you-mean-after = {" "}?
search-without-filters = Les mêmes mots sans les filtres
search-alert = Être prévenu par courriel quand quelque chose correspond : enregistrer cette recherche
search-lang-label = Écrit en
search-lang-all = Toutes les langues
