organisations-title = Organisations
organisations-intro = Les associations, coopératives, entreprises sociales, fondations, organismes publics et entreprises du réseau.
organisations-filter-kind = Type d'organisation
organisations-filter-kind-any = Tous les types
organisations-count = { $count ->
    [0] Aucune organisation
    [one] { $count } organisation
    [many] { $count } organisations
   *[other] { $count } organisations
}
organisations-empty = Aucune organisation ne correspond à ces filtres.
organisations-verified = Organisation vérifiée
organisations-not-verified = Les informations sur cette organisation n'ont pas encore été vérifiées par l'équipe de Social Tech Academy.
organisations-website = Visiter le site web
organisations-about = À propos
organisations-interviews = Témoignages de personnes qui y travaillent
organisations-no-interviews = Pas encore de témoignage de personnes de cette organisation.
organisations-search = Mots
