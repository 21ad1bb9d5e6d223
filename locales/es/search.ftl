# La búsqueda en todo el portal.
search-title = Buscar en el portal
search-title-for = «{ $q }» — { $count ->
    [one] un resultado
   *[other] { $count } resultados
}
search-header-label = Buscar en todo el portal
search-form-label = Buscar en todos los contenidos
search-q-label = Palabras que buscar
search-kind-label = Tipo de contenido
search-kind-all = Todo
search-submit = Buscar
search-count = { $count ->
    [0] Ningún resultado.
    [one] Un resultado.
   *[other] { $count } resultados.
}
search-empty = Todavía no hay nada que coincida con estas palabras.
search-empty-tip-spelling = Revisa la ortografía o prueba con una palabra más corta o más común.
search-empty-tip-fewer = Quita una palabra o el tipo de contenido.
search-see-all = { $count ->
    [one] Verlo en «{ $kind }» para «{ $q }»
   *[other] Ver los { $count } resultados en «{ $kind }» para «{ $q }»
}
search-some-words = Ningún resultado contiene todas tus palabras: estos contienen algunas.
search-did-you-mean-before = ¿Querías decir{" "}
search-did-you-mean-after = ?
search-without-filters = Las mismas palabras sin los filtros
search-alert = Recibe un correo cuando algo coincida: guarda esta búsqueda
search-lang-label = Escrito en
search-lang-all = Cualquier idioma
