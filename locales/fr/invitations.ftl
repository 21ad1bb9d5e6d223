# Invitations à publier pour une organisation.

invitation-title = Invitation à publier
invitation-intro = { $organisation } invite { $email } à publier ses offres, ressources et autres contenus sur la Social Tech Academy.
invitation-accept = Accepter l’invitation
invitation-other-address = Vous êtes connecté·e avec { $email }, mais l’invitation est pour { $invited }. Déconnectez-vous, puis connectez-vous ou créez un compte avec cette adresse.
invitation-sign-in-first = Créez un compte avec cette adresse, ou connectez-vous si vous en avez déjà un : vous reviendrez ici pour accepter.
invitation-expired = Cette invitation a expiré. Demandez à l’administrateur de vous en envoyer une nouvelle.
invitation-used = Cette invitation a déjà été acceptée.
invitation-accepted = Vous publiez désormais pour cette organisation : voici son espace partenaire.
invitation-wrong-address = Cette invitation est destinée à une autre adresse e-mail.
invitation-mail-subject = Publier pour { $organisation } sur la Social Tech Academy
invitation-mail-body = { $inviter } vous invite à publier pour { $organisation } sur la Social Tech Academy. Ouvrez ce lien pour accepter (vous pourrez y créer votre compte) :
invitation-mail-expiry = Le lien fonctionne pendant { $days } jours, une seule fois.
invitation-mail-ignore = Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.
