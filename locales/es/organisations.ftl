organisations-title = Organizaciones
organisations-intro = Las asociaciones, cooperativas, empresas sociales, fundaciones, organismos públicos y empresas de la red.
organisations-filter-kind = Tipo de organización
organisations-filter-kind-any = Todos los tipos
organisations-count = { $count ->
    [0] Ninguna organización
    [one] { $count } organización
    [many] { $count } organizaciones
   *[other] { $count } organizaciones
}
organisations-empty = Ninguna organización coincide con estos filtros.
organisations-verified = Organización verificada
organisations-not-verified = El equipo de Social Tech Academy aún no ha verificado la información de esta organización.
organisations-website = Visitar el sitio web
organisations-about = Acerca de
organisations-interviews = Entrevistas a personas que trabajan aquí
organisations-no-interviews = Todavía no hay entrevistas a personas de esta organización.
organisations-search = Palabras
