accounts-email-empty = Escribe tu dirección de correo electrónico.
accounts-email-too-long = Esta dirección de correo electrónico es demasiado larga.
accounts-email-invalid = Esto no parece una dirección de correo electrónico. Revísala, por ejemplo: nombre@ejemplo.org.
accounts-password-too-short = La contraseña debe tener al menos 10 caracteres. Unas cuantas palabras seguidas funcionan muy bien.
accounts-password-too-long = La contraseña es demasiado larga (1024 caracteres como máximo).
accounts-password-common = Esta contraseña es de las más habituales y fácil de adivinar. Elige otra, por favor.
accounts-email-taken = Ya hay una cuenta con esta dirección de correo electrónico. Inicia sesión o, si has olvidado tu contraseña, restablécela.
accounts-display-name-empty = Escribe el nombre que se mostrará en el sitio.
accounts-display-name-too-long = Este nombre es demasiado largo (120 caracteres como máximo).
accounts-password-empty = Escribe tu contraseña.
accounts-password-mismatch = Las dos contraseñas no coinciden. Vuelve a escribir la nueva contraseña en ambos campos.
accounts-password-wrong = Esta no es tu contraseña actual.
accounts-language-invalid = Elige uno de los idiomas de la lista.
accounts-time-zone-invalid = Elige una zona horaria de la lista.
accounts-csrf-invalid = Por tu seguridad, este formulario caducó antes de enviarse. Revísalo y vuelve a enviarlo.
accounts-sign-in-failed = La dirección de correo electrónico o la contraseña no son correctas. Revisa ambas e inténtalo de nuevo.
accounts-rate-limited = { $minutes ->
    [one] Demasiados intentos. Por tu seguridad, espera un minuto antes de volver a intentarlo.
   *[other] Demasiados intentos. Por tu seguridad, espera { $minutes } minutos antes de volver a intentarlo.
}
accounts-token-invalid = Este enlace no es válido. Comprueba que has copiado el enlace completo o pide uno nuevo.
accounts-token-expired = Este enlace ha caducado. Los enlaces son válidos durante una hora: pide uno nuevo.
accounts-token-used = Este enlace ya se ha utilizado. Cada enlace funciona una sola vez: pide uno nuevo si lo necesitas.

form-errors-title = { $count ->
    [one] Hay un problema en los datos que has enviado
   *[other] Hay { $count } problemas en los datos que has enviado
}
form-required = obligatorio
form-hint-password = Al menos 10 caracteres. Unas cuantas palabras seguidas forman una contraseña segura y fácil de recordar.

nav-account-label = Tu cuenta
nav-sign-in = Iniciar sesión
nav-sign-up = Crear una cuenta
nav-account = Mi cuenta
nav-sign-out = Cerrar sesión
nav-admin = Administración
nav-publish = Espacio de socios
nav-moderation = Moderación

accounts-field-email = Dirección de correo electrónico
accounts-field-display-name = Nombre que se muestra en el sitio
accounts-field-display-name-hint = Basta con tu nombre de pila. Podrán verlo otras personas que aprenden aquí y las organizaciones colaboradoras.
accounts-field-password = Contraseña
accounts-field-password-confirm = Repite la contraseña
accounts-field-current-password = Contraseña actual
accounts-field-new-password = Nueva contraseña
accounts-field-new-password-confirm = Repite la nueva contraseña
accounts-field-new-email = Nueva dirección de correo electrónico
accounts-field-language = Idioma preferido
accounts-field-language-hint = Se usa en los correos que te enviamos y al iniciar sesión.
accounts-field-time-zone = Zona horaria
accounts-field-time-zone-hint = Los horarios de los seminarios web se muestran en esta zona horaria.

accounts-sign-up-title = Crea tu cuenta
accounts-sign-up-intro = Con una cuenta conservas tu progreso de aprendizaje y tus insignias, y puedes guardar ofertas. Es gratuita, y puedes descargar o eliminar tus datos en cualquier momento.
accounts-sign-up-submit = Crear mi cuenta
accounts-sign-up-have-account = ¿Ya tienes una cuenta?
accounts-sign-in-title = Iniciar sesión
accounts-sign-in-intro = ¡Hola de nuevo! Inicia sesión para continuar tus itinerarios y ver tus ofertas guardadas.
accounts-sign-in-submit = Iniciar sesión
accounts-sign-in-forgot = ¿Has olvidado tu contraseña?
accounts-sign-in-no-account = ¿Aún no tienes cuenta?
accounts-sign-in-required = Inicia sesión para ver esta página. Volverás directamente a ella.

accounts-forgot-title = Restablece tu contraseña
accounts-forgot-intro = Escribe la dirección de correo electrónico de tu cuenta. Te enviaremos un enlace para elegir una nueva contraseña; funciona una sola vez, durante una hora.
accounts-forgot-submit = Enviarme un enlace
accounts-reset-title = Elige una nueva contraseña
accounts-reset-submit = Guardar mi nueva contraseña
accounts-reset-ask-again = Pedir un nuevo enlace
accounts-verify-title = Confirma tu dirección de correo electrónico
accounts-verify-intro = Confirma que { $email } es tu dirección de correo electrónico.
accounts-verify-submit = Confirmar mi dirección

accounts-account-title = Mi cuenta
accounts-account-intro = Has iniciado sesión como { $email }.
accounts-unverified = Tu dirección de correo electrónico aún no está confirmada. Abre el enlace que te enviamos o pide uno nuevo.
accounts-resend-verification = Volver a enviar el enlace
accounts-profile-title = Perfil
accounts-profile-submit = Guardar mi perfil
accounts-password-title = Cambiar mi contraseña
accounts-password-submit = Cambiar mi contraseña
accounts-email-title = Cambiar mi dirección de correo electrónico
accounts-email-hint = Enviaremos un enlace de confirmación a la nueva dirección.
accounts-email-submit = Cambiar mi dirección de correo electrónico
accounts-data-title = Mis datos
accounts-data-intro = Descarga en un archivo JSON todos los datos que el portal tiene sobre ti, o elimina tu cuenta.
accounts-data-download = Descargar mis datos (JSON)
accounts-delete-link = Eliminar mi cuenta
accounts-role = Rol: { $role }
accounts-memberships = Organizaciones para las que publicas: { $names }
accounts-member-since = Miembro desde el { $date }

accounts-delete-title = Eliminar mi cuenta
accounts-delete-intro = Esto elimina tu cuenta de forma definitiva: tu nombre, tu dirección de correo electrónico, tu contraseña, tus preferencias, tus vínculos con organizaciones, tus sesiones y los correos pendientes de enviarte. El contenido publicado por tus organizaciones sigue en línea. Esta acción no se puede deshacer.
accounts-delete-submit = Eliminar mi cuenta definitivamente
accounts-delete-cancel = Conservar mi cuenta

accounts-notice-signed-up = ¡Te damos la bienvenida! Hemos enviado un enlace a { $email } para confirmar tu dirección.
accounts-notice-signed-in = Has iniciado sesión.
accounts-notice-signed-out = Has cerrado sesión. ¡Hasta pronto!
accounts-notice-profile-saved = Tu perfil se ha guardado.
accounts-notice-password-changed = Tu contraseña se ha cambiado. Hemos cerrado la sesión en los demás dispositivos en los que la tenías abierta.
accounts-notice-email-changed = Tu dirección de correo electrónico se ha cambiado. Hemos enviado un enlace de confirmación a { $email }.
accounts-notice-verification-sent = Hemos enviado un nuevo enlace de confirmación a { $email }.
accounts-notice-email-verified = Gracias, tu dirección de correo electrónico está confirmada.
accounts-notice-reset-sent = Si hay una cuenta con la dirección { $email }, hemos enviado a esa dirección un enlace para elegir una nueva contraseña. Revisa tu bandeja de entrada (y la carpeta de correo no deseado).
accounts-notice-password-reset = Tu nueva contraseña se ha guardado. Ya puedes iniciar sesión con ella.
accounts-notice-deleted = Tu cuenta y tus datos personales se han eliminado. Gracias por aprender con nosotros.

role-learner = Estudiante
role-editor = Editor
role-moderator = Moderador
role-admin = Administrador

mail-greeting = Hola, { $name }:
mail-signature = El equipo de Social Tech Academy
mail-verify-subject = Confirma tu dirección de correo electrónico
mail-verify-body = Confirma que esta es tu dirección de correo electrónico abriendo este enlace (funciona una sola vez, durante una hora):
mail-verify-ignore = Si no has creado una cuenta en Social Tech Academy, puedes ignorar este mensaje.
mail-reset-subject = Elige una nueva contraseña
mail-reset-body = Alguien ha pedido restablecer la contraseña de tu cuenta de Social Tech Academy. Para elegir una nueva contraseña, abre este enlace (funciona una sola vez, durante una hora):
mail-reset-ignore = Si no lo has pedido tú, ignora este mensaje: tu contraseña sigue siendo la misma.
mail-email-changed-subject = Se ha cambiado tu dirección de correo electrónico
mail-email-changed-body = La dirección de correo electrónico de tu cuenta de Social Tech Academy se ha cambiado a { $email }. Si no has sido tú, restablece tu contraseña de inmediato y escríbenos.
accounts-time-zone-partner = { $city }, { $country } ({ $offset })
accounts-time-zone-group-partners = Países socios
accounts-time-zone-group-all = Todas las zonas horarias
accounts-profile-page-title = Perfil y acceso
accounts-part-learning-summary = { $started ->
    [0] Ningún itinerario en curso
    [one] { $started } itinerario en curso
   *[other] { $started } itinerarios en curso
}, { $finished ->
    [0] ninguno terminado todavía.
    [one] { $finished } terminado.
   *[other] { $finished } terminados.
}
accounts-part-saved-summary = { $offers ->
    [0] Ninguna oferta guardada
    [one] { $offers } oferta guardada
   *[other] { $offers } ofertas guardadas
}, { $searches ->
    [0] ninguna búsqueda guardada
    [one] { $searches } búsqueda guardada
   *[other] { $searches } búsquedas guardadas
} ({ $alerts ->
    [0] ninguna alerta por correo
    [one] { $alerts } alerta por correo
   *[other] { $alerts } alertas por correo
}).
accounts-part-webinars-summary = { $upcoming ->
    [0] Ningún webinario próximo
    [one] { $upcoming } webinario próximo
   *[other] { $upcoming } webinarios próximos
}{ $waiting ->
    [0] .
   *[other] , en lista de espera para { $waiting }.
}
accounts-part-profile-summary = { $name } · { $language } · { $zone }. También tu contraseña y tu dirección de correo.
accounts-part-learning = Mi aprendizaje
