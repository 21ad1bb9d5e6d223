# La bibliothèque de ressources.

resources-title = Ressources
resources-intro = Guides, boîtes à outils, modèles, listes de contrôle et conférences enregistrées des organisations partenaires, libres d’usage selon la licence indiquée pour chacune.
resources-count = { $count ->
    [0] Aucune ressource
    [one] { $count } ressource
   *[other] { $count } ressources
}
resources-empty = Aucune ressource ne correspond à ces mots et à ces filtres.
resources-search = Mots
resources-filter-kind = Type
resources-filter-kind-any = Tous les types
resources-filter-competence = Compétence
resources-filter-competence-any = Toutes les compétences
resources-filter-lang = Disponible en
resources-filter-lang-any = Toutes les langues
resources-filter-licence = Licence
resources-filter-licence-any = Toutes les licences
resources-filter-organisation = Organisation
resources-filter-organisation-any = Toutes les organisations

resources-kind-guide = Guide
resources-kind-toolkit = Boîte à outils
resources-kind-template = Modèle
resources-kind-checklist = Liste de contrôle
resources-kind-recorded-talk = Conférence enregistrée
resources-licence-cc-by-sa-4-0 = CC BY-SA 4.0 (partage dans les mêmes conditions)
resources-licence-cc-by-4-0 = CC BY 4.0 (attribution)
resources-licence-cc-by-nc-sa-4-0 = CC BY-NC-SA 4.0 (pas d’usage commercial, partage dans les mêmes conditions)
resources-licence-cc0-1-0 = CC0 1.0 (domaine public)
resources-audience-learner = Apprenants
resources-audience-job-seeker = Personnes en recherche d’emploi
resources-audience-organisation = Organisations

resources-external-link = sur le site de l’éditeur
resources-download = Télécharger
resources-open-link = Ouvrir la ressource
resources-publisher = Publié par
resources-competences = Compétences DigComp travaillées
resources-licence-statement = Licence : { $licence }. Vous pouvez la réutiliser et l’adapter selon ses conditions, en citant l’éditeur.
resources-licence-read = Lire la licence
resources-languages = Disponible en
resources-audiences = Écrit pour
resources-published = Publié le
resources-file-empty = Le fichier est vide.
resources-file-too-large = Le fichier dépasse 10 Mo.
resources-file-format = Ce fichier n’est ni un document PDF, ODT ou DOCX, ni une image PNG, JPEG, WebP ou GIF (son contenu a été vérifié, pas son nom).
resources-error-languages = Cochez au moins une langue.
resources-error-audiences = Cochez au moins un public.
resources-error-competences = Cochez cinq compétences au plus.
resources-error-file-or-link = Enregistré, mais pas envoyé en relecture : indiquez un lien ou envoyez d’abord un fichier, pour que les lecteurs aient quelque chose à ouvrir.
