interviews-title = Entrevistas
interviews-intro = Profesionales de la tecnología social cuentan cómo llegaron hasta aquí, cómo es su semana y qué recomendarían.
interviews-filter-job = Perfil profesional
interviews-filter-job-any = Todos los perfiles profesionales
interviews-count = { $count ->
    [0] Ninguna entrevista
    [one] { $count } entrevista
    [many] { $count } entrevistas
   *[other] { $count } entrevistas
}
interviews-empty = Ninguna entrevista coincide con estos filtros.
interviews-job-link = Descubre este trabajo:
interviews-page-title = { $person }: { $title }
interviews-search = Palabras
