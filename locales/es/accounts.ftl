accounts-email-empty = Escriba su dirección de correo electrónico.
accounts-email-too-long = Esta dirección de correo electrónico es demasiado larga.
accounts-email-invalid = Esto no parece una dirección de correo electrónico. Revísela, por ejemplo: nombre@ejemplo.org.
accounts-password-too-short = La contraseña debe tener al menos 10 caracteres. Unas cuantas palabras seguidas funcionan muy bien.
accounts-password-too-long = La contraseña es demasiado larga (1024 caracteres como máximo).
accounts-password-common = Esta contraseña es de las más habituales y fácil de adivinar. Elija otra, por favor.
accounts-email-taken = Ya hay una cuenta con esta dirección de correo electrónico. Inicie sesión o, si ha olvidado su contraseña, restablézcala.
accounts-display-name-empty = Escriba el nombre que se mostrará en el sitio.
accounts-display-name-too-long = Este nombre es demasiado largo (120 caracteres como máximo).
accounts-password-empty = Escriba su contraseña.
accounts-password-mismatch = Las dos contraseñas no coinciden. Vuelva a escribir la nueva contraseña en ambos campos.
accounts-password-wrong = Esta no es su contraseña actual.
accounts-language-invalid = Elija uno de los idiomas de la lista.
accounts-time-zone-invalid = Elija una zona horaria de la lista.
accounts-csrf-invalid = Por su seguridad, este formulario caducó antes de enviarse. Revíselo y vuelva a enviarlo.
accounts-sign-in-failed = La dirección de correo electrónico o la contraseña no son correctas. Revise ambas e inténtelo de nuevo.
accounts-rate-limited = { $minutes ->
    [one] Demasiados intentos. Por su seguridad, espere un minuto antes de volver a intentarlo.
   *[other] Demasiados intentos. Por su seguridad, espere { $minutes } minutos antes de volver a intentarlo.
}
accounts-token-invalid = Este enlace no es válido. Compruebe que ha copiado el enlace completo o pida uno nuevo.
accounts-token-expired = Este enlace ha caducado. Los enlaces son válidos durante una hora: pida uno nuevo.
accounts-token-used = Este enlace ya se ha utilizado. Cada enlace funciona una sola vez: pida uno nuevo si lo necesita.

form-errors-title = { $count ->
    [one] Hay un problema en los datos que ha enviado
   *[other] Hay { $count } problemas en los datos que ha enviado
}
form-required = obligatorio
form-hint-password = Al menos 10 caracteres. Unas cuantas palabras seguidas forman una contraseña segura y fácil de recordar.

nav-account-label = Su cuenta
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta
nav-account = Mi cuenta
nav-sign-out = Cerrar sesión
nav-admin = Administración
nav-publish = Espacio de socios
nav-moderation = Moderación

accounts-field-email = Dirección de correo electrónico
accounts-field-display-name = Nombre que se muestra en el sitio
accounts-field-display-name-hint = Basta con su nombre de pila. Podrán verlo otras personas que aprenden aquí y las organizaciones colaboradoras.
accounts-field-password = Contraseña
accounts-field-password-confirm = Repita la contraseña
accounts-field-current-password = Contraseña actual
accounts-field-new-password = Nueva contraseña
accounts-field-new-password-confirm = Repita la nueva contraseña
accounts-field-new-email = Nueva dirección de correo electrónico
accounts-field-language = Idioma preferido
accounts-field-language-hint = Se usa en los correos que le enviamos y al iniciar sesión.
accounts-field-time-zone = Zona horaria
accounts-field-time-zone-hint = Los horarios de los seminarios web se muestran en esta zona horaria.

accounts-sign-up-title = Cree su cuenta
accounts-sign-up-intro = Con una cuenta conserva su progreso de aprendizaje y sus insignias, y puede guardar ofertas. Es gratuita, y puede descargar o eliminar sus datos en cualquier momento.
accounts-sign-up-submit = Crear mi cuenta
accounts-sign-up-have-account = ¿Ya tiene una cuenta?
accounts-sign-in-title = Iniciar sesión
accounts-sign-in-intro = ¡Hola de nuevo! Inicie sesión para continuar sus itinerarios y ver sus ofertas guardadas.
accounts-sign-in-submit = Iniciar sesión
accounts-sign-in-forgot = ¿Ha olvidado su contraseña?
accounts-sign-in-no-account = ¿Aún no tiene cuenta?
accounts-sign-in-required = Inicie sesión para ver esta página. Volverá directamente a ella.

accounts-forgot-title = Restablezca su contraseña
accounts-forgot-intro = Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña; funciona una sola vez, durante una hora.
accounts-forgot-submit = Enviarme un enlace
accounts-reset-title = Elija una nueva contraseña
accounts-reset-submit = Guardar mi nueva contraseña
accounts-reset-ask-again = Pedir un nuevo enlace
accounts-verify-title = Confirme su dirección de correo electrónico
accounts-verify-intro = Confirme que { $email } es su dirección de correo electrónico.
accounts-verify-submit = Confirmar mi dirección

accounts-account-title = Mi cuenta
accounts-account-intro = Ha iniciado sesión como { $email }.
accounts-unverified = Su dirección de correo electrónico aún no está confirmada. Abra el enlace que le enviamos o pida uno nuevo.
accounts-resend-verification = Volver a enviar el enlace
accounts-profile-title = Perfil
accounts-profile-submit = Guardar mi perfil
accounts-password-title = Cambiar mi contraseña
accounts-password-submit = Cambiar mi contraseña
accounts-email-title = Cambiar mi dirección de correo electrónico
accounts-email-hint = Enviaremos un enlace de confirmación a la nueva dirección.
accounts-email-submit = Cambiar mi dirección de correo electrónico
accounts-data-title = Mis datos
accounts-data-intro = Descargue en un archivo JSON todos los datos que el portal tiene sobre usted, o elimine su cuenta.
accounts-data-download = Descargar mis datos (JSON)
accounts-delete-link = Eliminar mi cuenta
accounts-role = Rol: { $role }
accounts-memberships = Organizaciones para las que publica: { $names }
accounts-member-since = Miembro desde el { $date }

accounts-delete-title = Eliminar mi cuenta
accounts-delete-intro = Esto elimina su cuenta de forma definitiva: su nombre, su dirección de correo electrónico, su contraseña, sus preferencias, sus vínculos con organizaciones, sus sesiones y los correos pendientes de enviarle. El contenido publicado por sus organizaciones sigue en línea. Esta acción no se puede deshacer.
accounts-delete-submit = Eliminar mi cuenta definitivamente
accounts-delete-cancel = Conservar mi cuenta

accounts-notice-signed-up = ¡Le damos la bienvenida! Hemos enviado un enlace a { $email } para confirmar su dirección.
accounts-notice-signed-in = Ha iniciado sesión.
accounts-notice-signed-out = Ha cerrado sesión. ¡Hasta pronto!
accounts-notice-profile-saved = Su perfil se ha guardado.
accounts-notice-password-changed = Su contraseña se ha cambiado. Hemos cerrado la sesión en los demás dispositivos en los que la tenía abierta.
accounts-notice-email-changed = Su dirección de correo electrónico se ha cambiado. Hemos enviado un enlace de confirmación a { $email }.
accounts-notice-verification-sent = Hemos enviado un nuevo enlace de confirmación a { $email }.
accounts-notice-email-verified = Gracias, su dirección de correo electrónico está confirmada.
accounts-notice-reset-sent = Si hay una cuenta con la dirección { $email }, hemos enviado a esa dirección un enlace para elegir una nueva contraseña. Revise su bandeja de entrada (y la carpeta de correo no deseado).
accounts-notice-password-reset = Su nueva contraseña se ha guardado. Ya puede iniciar sesión con ella.
accounts-notice-deleted = Su cuenta y sus datos personales se han eliminado. Gracias por aprender con nosotros.

role-learner = Estudiante
role-editor = Editor
role-moderator = Moderador
role-admin = Administrador

mail-greeting = Hola, { $name }:
mail-signature = El equipo de Social Tech Academy
mail-verify-subject = Confirme su dirección de correo electrónico
mail-verify-body = Confirme que esta es su dirección de correo electrónico abriendo este enlace (funciona una sola vez, durante una hora):
mail-verify-ignore = Si no ha creado una cuenta en Social Tech Academy, puede ignorar este mensaje.
mail-reset-subject = Elija una nueva contraseña
mail-reset-body = Alguien ha pedido restablecer la contraseña de su cuenta de Social Tech Academy. Para elegir una nueva contraseña, abra este enlace (funciona una sola vez, durante una hora):
mail-reset-ignore = Si no lo ha pedido usted, ignore este mensaje: su contraseña sigue siendo la misma.
mail-email-changed-subject = Se ha cambiado su dirección de correo electrónico
mail-email-changed-body = La dirección de correo electrónico de su cuenta de Social Tech Academy se ha cambiado a { $email }. Si no ha sido usted, restablezca su contraseña de inmediato y escríbanos.
