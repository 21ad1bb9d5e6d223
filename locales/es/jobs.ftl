jobs-title = Perfiles profesionales
jobs-intro = Trabajos digitales en la economía social y solidaria: en qué consisten, qué competencias requieren y cómo acceder a ellos.
jobs-framework-note = Las competencias y los niveles proceden de { $framework }.
jobs-filter-area = Competencias digitales (área DigComp)
jobs-filter-area-any = Todas las áreas
jobs-count = { $count ->
    [0] Ningún perfil profesional
    [one] { $count } perfil profesional
    [many] { $count } perfiles profesionales
   *[other] { $count } perfiles profesionales
}
jobs-empty = Ningún perfil profesional coincide con estos filtros.
jobs-areas = Áreas de competencia:
jobs-missions = Qué harás
jobs-competences = Las competencias digitales que usarás
jobs-employers = Empleadores habituales
jobs-routes = Cómo acceder a este trabajo
jobs-esco = Ver esta ocupación en ESCO, la clasificación europea
jobs-interviews = Personas que hacen este trabajo
jobs-no-interviews = Todavía no hay entrevistas sobre este trabajo.
jobs-related = Perfiles profesionales relacionados
jobs-search = Palabras
jobs-filter-employer = Para quién trabajarías
jobs-filter-employer-any = Cualquier empleador
