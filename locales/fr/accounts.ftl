accounts-email-empty = Veuillez saisir votre adresse e-mail.
accounts-email-too-long = Cette adresse e-mail est trop longue.
accounts-email-invalid = Cela ne ressemble pas à une adresse e-mail. Vérifiez-la, par exemple : nom@exemple.org.
accounts-password-too-short = Votre mot de passe doit comporter au moins 10 caractères. Quelques mots mis bout à bout conviennent très bien.
accounts-password-too-long = Votre mot de passe est trop long (1 024 caractères au maximum).
accounts-password-common = Ce mot de passe fait partie des plus courants et se devine facilement. Veuillez en choisir un autre.
accounts-email-taken = Un compte utilise déjà cette adresse e-mail. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.
accounts-display-name-empty = Veuillez saisir le nom à afficher sur le site.
accounts-display-name-too-long = Ce nom est trop long (120 caractères au maximum).
accounts-password-empty = Veuillez saisir votre mot de passe.
accounts-password-mismatch = Les deux mots de passe ne sont pas identiques. Veuillez saisir à nouveau le nouveau mot de passe dans les deux champs.
accounts-password-wrong = Ce n’est pas votre mot de passe actuel.
accounts-language-invalid = Veuillez choisir l’une des langues de la liste.
accounts-time-zone-invalid = Veuillez choisir un fuseau horaire dans la liste.
accounts-csrf-invalid = Pour votre sécurité, ce formulaire a expiré avant d’être envoyé. Veuillez le vérifier et l’envoyer à nouveau.
accounts-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect. Veuillez vérifier les deux et réessayer.
accounts-rate-limited = { $minutes ->
    [one] Trop de tentatives. Pour votre sécurité, veuillez patienter une minute avant de réessayer.
   *[other] Trop de tentatives. Pour votre sécurité, veuillez patienter { $minutes } minutes avant de réessayer.
}
accounts-token-invalid = Ce lien n’est pas valide. Vérifiez que vous avez copié le lien en entier, ou demandez-en un nouveau.
accounts-token-expired = Ce lien a expiré. Les liens restent valables une heure : veuillez en demander un nouveau.
accounts-token-used = Ce lien a déjà été utilisé. Chaque lien ne fonctionne qu’une fois : demandez-en un nouveau si nécessaire.

form-errors-title = { $count ->
    [one] Votre envoi comporte un problème
   *[other] Votre envoi comporte { $count } problèmes
}
form-required = obligatoire
form-hint-password = Au moins 10 caractères. Quelques mots mis bout à bout forment un mot de passe solide et facile à retenir.

nav-account-label = Votre compte
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-account = Mon compte
nav-sign-out = Se déconnecter
nav-admin = Administration
nav-publish = Espace partenaire
nav-moderation = Modération

accounts-field-email = Adresse e-mail
accounts-field-display-name = Nom affiché sur le site
accounts-field-display-name-hint = Votre prénom suffit. Les autres personnes inscrites et les partenaires pourront le voir.
accounts-field-password = Mot de passe
accounts-field-password-confirm = Confirmation du mot de passe
accounts-field-current-password = Mot de passe actuel
accounts-field-new-password = Nouveau mot de passe
accounts-field-new-password-confirm = Confirmation du nouveau mot de passe
accounts-field-new-email = Nouvelle adresse e-mail
accounts-field-language = Langue préférée
accounts-field-language-hint = Utilisée pour les e-mails que nous vous envoyons et lorsque vous vous connectez.
accounts-field-time-zone = Fuseau horaire
accounts-field-time-zone-hint = Les horaires des webinaires sont affichés dans ce fuseau horaire.

accounts-sign-up-title = Créez votre compte
accounts-sign-up-intro = Avec un compte, vous gardez la trace de votre progression et de vos badges, et vous pouvez enregistrer des offres. C’est gratuit, et vous pouvez télécharger ou supprimer vos données à tout moment.
accounts-sign-up-submit = Créer mon compte
accounts-sign-up-have-account = Vous avez déjà un compte ?
accounts-sign-in-title = Connexion
accounts-sign-in-intro = Bon retour parmi nous ! Connectez-vous pour poursuivre vos parcours et retrouver vos offres enregistrées.
accounts-sign-in-submit = Se connecter
accounts-sign-in-forgot = Mot de passe oublié ?
accounts-sign-in-no-account = Pas encore de compte ?
accounts-sign-in-required = Veuillez vous connecter pour voir cette page. Vous y reviendrez directement ensuite.

accounts-forgot-title = Réinitialiser votre mot de passe
accounts-forgot-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe ; il ne fonctionne qu’une fois, pendant une heure.
accounts-forgot-submit = M’envoyer un lien
accounts-reset-title = Choisissez un nouveau mot de passe
accounts-reset-submit = Enregistrer mon nouveau mot de passe
accounts-reset-ask-again = Demander un nouveau lien
accounts-verify-title = Confirmez votre adresse e-mail
accounts-verify-intro = Confirmez que { $email } est bien votre adresse e-mail.
accounts-verify-submit = Confirmer mon adresse

accounts-account-title = Mon compte
accounts-account-intro = Session ouverte avec l’adresse { $email }.
accounts-unverified = Votre adresse e-mail n’est pas encore confirmée. Ouvrez le lien que nous vous avons envoyé, ou demandez-en un nouveau.
accounts-resend-verification = Renvoyer le lien
accounts-profile-title = Profil
accounts-profile-submit = Enregistrer mon profil
accounts-password-title = Modifier mon mot de passe
accounts-password-submit = Modifier mon mot de passe
accounts-email-title = Modifier mon adresse e-mail
accounts-email-hint = Nous enverrons un lien de confirmation à la nouvelle adresse.
accounts-email-submit = Modifier mon adresse e-mail
accounts-data-title = Mes données
accounts-data-intro = Téléchargez toutes les données que le portail détient sur vous, sous forme de fichier JSON, ou supprimez votre compte.
accounts-data-download = Télécharger mes données (JSON)
accounts-delete-link = Supprimer mon compte
accounts-role = Rôle : { $role }
accounts-memberships = Organisations pour lesquelles vous publiez : { $names }
accounts-member-since = Membre depuis le { $date }

accounts-delete-title = Supprimer mon compte
accounts-delete-intro = Cette action supprime définitivement votre compte : votre nom, votre adresse e-mail, votre mot de passe, vos préférences, vos rattachements à des organisations, vos sessions et les e-mails en attente d’envoi. Les contenus publiés par vos organisations restent en ligne. Cette action est irréversible.
accounts-delete-submit = Supprimer définitivement mon compte
accounts-delete-cancel = Conserver mon compte

accounts-notice-signed-up = Bienvenue ! Nous avons envoyé un lien à { $email } pour confirmer votre adresse.
accounts-notice-signed-in = Connexion réussie.
accounts-notice-signed-out = Déconnexion réussie. À bientôt !
accounts-notice-profile-saved = Votre profil est enregistré.
accounts-notice-password-changed = Votre mot de passe a été modifié. Vos sessions ouvertes sur d’autres appareils ont été fermées.
accounts-notice-email-changed = Votre adresse e-mail a été modifiée. Nous avons envoyé un lien de confirmation à { $email }.
accounts-notice-verification-sent = Nous avons envoyé un nouveau lien de confirmation à { $email }.
accounts-notice-email-verified = Merci, votre adresse e-mail est confirmée.
accounts-notice-reset-sent = Si un compte utilise l’adresse { $email }, nous y avons envoyé un lien pour choisir un nouveau mot de passe. Consultez votre boîte de réception (et vos courriers indésirables).
accounts-notice-password-reset = Votre nouveau mot de passe est enregistré. Vous pouvez dès maintenant l’utiliser pour vous connecter.
accounts-notice-deleted = Votre compte et vos données personnelles ont été supprimés. Merci d’avoir appris à nos côtés.

role-learner = Apprenant
role-editor = Éditeur
role-moderator = Modérateur
role-admin = Administrateur

mail-greeting = Bonjour { $name },
mail-signature = L’équipe Social Tech Academy
mail-verify-subject = Confirmez votre adresse e-mail
mail-verify-body = Veuillez confirmer qu’il s’agit bien de votre adresse e-mail en ouvrant ce lien (il ne fonctionne qu’une fois, pendant une heure) :
mail-verify-ignore = Si vous n’avez pas créé de compte sur Social Tech Academy, vous pouvez ignorer ce message.
mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Social Tech Academy. Pour choisir un nouveau mot de passe, ouvrez ce lien (il ne fonctionne qu’une fois, pendant une heure) :
mail-reset-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
mail-email-changed-subject = Votre adresse e-mail a été modifiée
mail-email-changed-body = L’adresse e-mail de votre compte Social Tech Academy a été remplacée par { $email }. Si vous n’êtes pas à l’origine de ce changement, réinitialisez immédiatement votre mot de passe et écrivez-nous.
accounts-time-zone-partner = { $city }, { $country } ({ $offset })
accounts-time-zone-group-partners = Pays partenaires
accounts-time-zone-group-all = Tous les fuseaux horaires
accounts-profile-page-title = Profil et connexion
accounts-part-learning-summary = { $started ->
    [0] Aucun parcours en cours
    [one] { $started } parcours en cours
   *[other] { $started } parcours en cours
}, { $finished ->
    [0] aucun terminé pour l'instant.
    [one] { $finished } terminé.
   *[other] { $finished } terminés.
}
accounts-part-saved-summary = { $offers ->
    [0] Aucune offre enregistrée
    [one] { $offers } offre enregistrée
   *[other] { $offers } offres enregistrées
}, { $searches ->
    [0] aucune recherche enregistrée
    [one] { $searches } recherche enregistrée
   *[other] { $searches } recherches enregistrées
} ({ $alerts ->
    [0] aucune alerte par e-mail
    [one] { $alerts } alerte par e-mail
   *[other] { $alerts } alertes par e-mail
}).
accounts-part-webinars-summary = { $upcoming ->
    [0] Aucun webinaire à venir
    [one] { $upcoming } webinaire à venir
   *[other] { $upcoming } webinaires à venir
}{ $waiting ->
    [0] .
   *[other] , en liste d'attente pour { $waiting }.
}
accounts-part-profile-summary = { $name } · { $language } · { $zone }. Et aussi votre mot de passe et votre adresse e-mail.
accounts-part-learning = Mon apprentissage
