# The site-wide search.
search-title = Search the portal
search-title-for = “{ $q }” — { $count ->
    [one] one result
   *[other] { $count } results
}
search-header-label = Search the whole portal
search-form-label = Search every kind of content
search-q-label = Words to search for
search-kind-label = Kind of content
search-kind-all = Everything
search-submit = Search
search-count = { $count ->
    [0] No result.
    [one] One result.
   *[other] { $count } results.
}
search-empty = Nothing matches these words yet.
search-empty-tip-spelling = Check the spelling, or try a shorter or more common word.
search-empty-tip-fewer = Remove a word or the kind of content.
search-see-all = { $count ->
    [one] See it in { $kind } for “{ $q }”
   *[other] See all { $count } in { $kind } for “{ $q }”
}
search-some-words = No result holds all of your words: these hold some of them.
search-did-you-mean-before = Did you mean{" "}
search-did-you-mean-after = ?
search-without-filters = The same words without the filters
search-alert = Be told by e-mail when something matches: save this search
search-lang-label = Written in
search-lang-all = Any language
