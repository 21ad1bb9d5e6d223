# Invitaciones a publicar para una organización.

invitation-title = Invitación a publicar
invitation-intro = { $organisation } invita a { $email } a publicar sus ofertas, recursos y otros contenidos en la Social Tech Academy.
invitation-accept = Aceptar la invitación
invitation-other-address = Has iniciado sesión como { $email }, pero la invitación es para { $invited }. Cierra la sesión y después inicia sesión o crea una cuenta con esa dirección.
invitation-sign-in-first = Crea una cuenta con esta dirección, o inicia sesión si ya tienes una: volverás aquí para aceptar.
invitation-expired = Esta invitación ha caducado. Pide a la administración que te envíe otra.
invitation-used = Esta invitación ya se ha aceptado.
invitation-accepted = Ahora publicas para esta organización: este es su espacio de socios.
invitation-wrong-address = Esta invitación es para otra dirección de correo.
invitation-mail-subject = Publica para { $organisation } en la Social Tech Academy
invitation-mail-body = { $inviter } te invita a publicar para { $organisation } en la Social Tech Academy. Abre este enlace para aceptar (allí podrás crear tu cuenta):
invitation-mail-expiry = El enlace funciona durante { $days } días, una sola vez.
invitation-mail-ignore = Si no esperabas esta invitación, puedes ignorar este mensaje.
