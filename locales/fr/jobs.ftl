jobs-title = Fiches métiers
jobs-intro = Les métiers du numérique dans l'économie sociale et solidaire : en quoi ils consistent, les compétences qu'ils demandent et comment y accéder.
jobs-framework-note = Les compétences et les niveaux viennent de { $framework }.
jobs-filter-area = Compétences numériques (domaine DigComp)
jobs-filter-area-any = Tous les domaines
jobs-count = { $count ->
    [0] Aucune fiche métier
    [one] { $count } fiche métier
    [many] { $count } fiches métiers
   *[other] { $count } fiches métiers
}
jobs-empty = Aucune fiche métier ne correspond à ces filtres.
jobs-areas = Domaines de compétences :
jobs-missions = Ce que vous ferez
jobs-competences = Les compétences numériques que vous utiliserez
jobs-employers = Employeurs types
jobs-routes = Comment accéder au métier
jobs-esco = Voir ce métier dans ESCO, la classification européenne
jobs-interviews = Des personnes qui exercent ce métier
jobs-no-interviews = Pas encore de témoignage pour ce métier.
jobs-related = Métiers proches
jobs-search = Mots
jobs-filter-employer = Pour qui vous travailleriez
jobs-filter-employer-any = Tout employeur
