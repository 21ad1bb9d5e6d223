admin-users-title = Usuarios
admin-users-intro = Todas las personas que tienen una cuenta. Abra una ficha para cambiar el rol de esa persona o las organizaciones para las que publica.
admin-users-search = Buscar por nombre o correo electrónico
admin-users-search-submit = Buscar
admin-users-count = { $count ->
    [one] Un usuario
   *[other] { $count } usuarios
}
admin-col-name = Nombre
admin-col-email = Correo electrónico
admin-col-role = Rol
admin-col-organisations = Organizaciones
admin-col-verified = Confirmado
admin-col-created = Creado
admin-yes = sí
admin-no = no
admin-user-title = Usuario: { $name }
admin-user-back = Volver a la lista de usuarios
admin-role-title = Rol
admin-role-hint = Los editores son estudiantes que publican para una o varias organizaciones: añada un vínculo más abajo.
admin-role-submit = Guardar el rol
admin-memberships-title = Organizaciones para las que publica esta persona
admin-memberships-none = Ninguna.
admin-membership-organisation = Organización
admin-membership-add = Añadir el vínculo
admin-membership-remove = Quitar { $name }
admin-notice-role-saved = El rol se ha guardado.
admin-notice-membership-added = El vínculo se ha añadido.
admin-notice-membership-removed = El vínculo se ha quitado.
admin-role-invalid = Elija un rol de la lista.
admin-last-admin = Es la última cuenta con el rol de administrador: primero asigne ese rol a otra persona.
admin-organisation-invalid = Elija una organización de la lista.
admin-membership-exists = Esta persona ya publica para esta organización.
admin-outbox-title = Correo saliente
admin-outbox-intro = Todos los correos que envía el portal pasan por esta bandeja de salida. Si no se ha definido SMTP_URL, los mensajes se quedan aquí y no se envían: puede abrirlos aquí (por ejemplo, para seguir un enlace de confirmación mientras prueba el portal).
admin-outbox-empty = Todavía no hay ningún correo.
admin-outbox-to = Para
admin-outbox-subject = Asunto
admin-outbox-created = Redactado
admin-outbox-status = Estado
admin-outbox-sent = Enviado el { $date }
admin-outbox-pending = En espera
admin-outbox-failed = Intentos fallidos: { $attempts }. Error: { $error }
admin-nav-label = Administración
admin-nav-users = Usuarios
admin-nav-outbox = Correo saliente

moderation-title = Moderación
moderation-intro = Revise las organizaciones y confirme aquellas cuya identidad haya verificado. La marca «verificada» aparece en la página pública de cada organización.
moderation-verify = Marcar { $name } como verificada
moderation-unverify = Quitar la marca «verificada» de { $name }
moderation-verified = Verificada
moderation-unverified = Sin verificar
moderation-notice-saved = Guardado.
admin-nav-jobs = Tareas en segundo plano
admin-jobs-title = Tareas en segundo plano
admin-jobs-intro = El trabajo que el portal hace por sí mismo: los correos de las búsquedas guardadas, la limpieza, el envío de correos. Cada tarea se ejecuta una sola vez, sea cual sea el número de servidores. Una tarea que falla una y otra vez aparece primero, con su último error.
admin-jobs-empty = Todavía no hay tareas en segundo plano.
admin-jobs-kind = Tarea
admin-jobs-state = Estado
admin-jobs-next = Próxima ejecución
admin-jobs-last-error = Último error
admin-jobs-state-pending = { $attempts ->
    [0] En espera
    [one] En espera (ha fallado una vez, se volverá a intentar)
   *[other] En espera (ha fallado { $attempts } veces, se volverá a intentar)
}
admin-jobs-state-running = En curso
admin-jobs-state-done = Terminada
admin-jobs-state-failed = Ha fallado { $attempts } veces, detenida
admin-jobs-retry = Volver a ejecutarla
admin-jobs-retry-invalid = Esta tarea ya no está detenida por un fallo.
admin-notice-job-retried = La tarea se ejecutará de nuevo dentro de unos segundos.
