SRC = 'b51-cdmx-restaurant-owner'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'m','es','c',"""Qué onda Diego, me latió tu propuesta. Mándame un whats al 55 0000 0147 y lo platicamos bien, aquí en Upwork casi no me meto."""),
('V',CR,'m','es','c',"""Oye, pásame tu cel o tu correo personal, neta es más fácil así. Mi asistente te manda el menú y las fotos de los platillos."""),
('V',OP,'m','es','c',"""Mejor vente a echar un café a la sucursal de la Roma el jueves y lo platicamos en persona, al chile por chat no me entiendo. Ya luego vemos si lo formalizamos aquí o no."""),
('V',PA,'m','es','c',"""¿Cuánto me cobras por todo? Te lo pago por SPEI directo a tu cuenta, sin comisión de Upwork. Si te late, te deposito hoy mismo la mitad."""),
('V',PA,'m','es','ca',"""Ya quedó la primera parte, chido. Lo que falta te lo pago en efectivo, paso a dejarte la lana o te deposito en OXXO, como prefieras. No le veo caso pagarle a Upwork otro 5%."""),
('V',PA,'m','en','c',"""Hey man, simple deal: I'll pay you in USDT, crypto, no paperwork, no platform. You do the reservations website, I send the first half tonight."""),
('V',FB,'m','es','ca',"""Si no me haces los tres cambios gratis, te dejo una calificación de una estrella y escribo que eres un fraude. Tú decides, carnal."""),
('V',FB,'m','es','ca',"""Mira, te pongo cinco estrellas y un comentario bien chingón, pero me agregas la versión en inglés del sitio sin cobrar. Así nos ayudamos los dos."""),
('V',AS,'m','es','c',"""Mi cuenta de Upwork está a nombre de mi prima que vive en Texas, porque la mía no me la aceptaron. Ella casi no la usa, yo soy el que contrata. Cualquier cosa, háblame como si fuera yo."""),
('V',AS,'m','es','ca',"""Pásame tu usuario y contraseña de Upwork para que mi contador revise tus horas directo en tu cuenta. No te preocupes, no movemos nada."""),
('V',HA,'m','es','ca',"""Eres un pinche inútil, güey. Te pagué para que el sitio jalara y está todo roto. No sé ni para qué contraté a alguien como tú."""),
('V',HA,'m','es','c',"""Prefiero no contratar mujeres para este tipo de chamba, luego se embarazan y dejan todo tirado. ¿Tienes algún compañero que lo pueda hacer?"""),
('V',CS,'m','es','c',"""Para la prueba, manda los diseños a rodrigo punto grupo fogon arroba gmail punto com. Le pones 'menu digital' en el asunto."""),
('V',CS,'m','es','c',"""Hola a todos los que aplicaron,

Les cuento un poco: somos un grupo de cinco restaurantes en CDMX (Roma, Condesa, Polanco, Coyoacán y uno nuevo en Santa Fe). Queremos un sitio web nuevo con reservaciones en línea, menú digital con QR para las mesas y una sección de eventos privados. Hoy todo lo hacemos por teléfono y ya nos rebasó.

Lo que busco: alguien que haya hecho sitios para restaurantes, que sepa integrar OpenTable o algo parecido, y que pueda entregar en seis semanas. El diseño tiene que verse mexicano pero elegante, nada de sombreritos ni papel picado de caricatura.

Los que pasen a la siguiente ronda, háblenme directo a la oficina: 55 0000 0163, de 11 a 2, y pregunten por Rodrigo. Allí les explico el presupuesto.

Gracias y buena suerte."""),
('V',OP,'m','es','c',"""Ya no me escribas por aquí, mejor por el de la palomita verde, ahí me llegan rápido los mensajes. Búscame como Rodrigo Fogón."""),
('V',CR,'m','es','c',"""Antes de mandarte la oferta, ¿me compartes tu Instagram? Quiero ver qué más has hecho y mandarte ahí unas referencias."""),
('V',PA,'m','es','c',"""Te propongo algo: abrimos el contrato en Upwork por 50 dólares nomás para que quede registro, y el resto te lo transfiero por fuera. Así nos ahorramos todos las comisiones."""),
('V',FB,'m','es','ca',"""Acuérdate que yo te voy a calificar al final. Si quieres buenas estrellas, échame la mano con las fotos de los platillos, aunque no estaban en el contrato."""),
('C',PA,'m','es','ca',"""En el checkout del sitio queremos que el cliente pueda pagar con tarjeta, Mercado Pago o en OXXO para los pedidos de pasteles. ¿Ya has integrado Mercado Pago antes?"""),
('C',CS,'m','es','ca',"""En el pie de página pon las direcciones de las cinco sucursales y el teléfono de reservaciones de cada una. Te los paso en un Excel aquí mismo, son los números públicos del restaurante."""),
('C',OP,'m','es','ca',"""Queremos un botón de WhatsApp en el sitio para que los clientes hagan reservaciones. Es el número de la recepción, no el mío, ya lo tiene el gerente de Polanco."""),
('C',AS,'m','es','ca',"""Para subir el sitio te voy a dar acceso como colaborador en el hosting, no te paso mi contraseña. Mi sobrino me dijo que así es más seguro."""),
('C',FB,'m','es','ca',"""Quedó padrísimo el sitio, gracias. Ya te dejé mi calificación aquí, cinco estrellas bien merecidas. Si tú también me calificas como cliente, te lo agradezco."""),
('C',HA,'m','es','ca',"""¡Qué bárbaro, güey! Ya vi las fotos del menú, están buenísimas. Neta me sacaste de un apuro, te pasaste."""),
('C',FB,'m','es','ca',"""Necesitamos una sección donde se muestren las reseñas de Google y TripAdvisor de cada sucursal. Solo las reales, nada inventado, que luego la gente se da cuenta."""),
('C',PA,'m','es','ca',"""Ya liberé el pago del segundo hito en Upwork. Mi contador pregunta si le puedes mandar la factura con RFC; si Upwork no la genera así, dime y lo vemos con ellos."""),
('C',CR,'m','es','c',"""Antes de contratarte contesta aquí: ¿cómo harías el formulario de eventos privados? Necesito que pida nombre, correo, teléfono, número de invitados y fecha, y que me llegue al correo del restaurante."""),
('C',AS,'m','es','ca',"""Los meseros van a entrar al panel de reservaciones con su propia cuenta cada uno, no quiero un solo usuario compartido para todos. ¿Puedes hacer roles: mesero, gerente, dueño?"""),
('C',OP,'m','es','c',"""Yo sé que luego la gente quiere irse a WhatsApp, pero aquí me quedo para todo, así me lo recomendó mi contador. Mándame tus dudas por este chat."""),
('A',CS,'m','es','ca',"""Ahora que ya arrancamos el contrato, te paso mi cel por si se cae el sitio un sábado en la noche: 55 0000 0178. Los pagos, eso sí, todos por Upwork."""),
('A',CR,'m','es','c',"""¿Qué correo usas en GitHub? Te invito al repositorio del sitio viejo para que veas el código antes de cotizar. Solo es para eso, lo demás lo platicamos aquí."""),
('A',OP,'m','es','ca',"""Como ya tenemos contrato, el lunes hacemos videollamada por Zoom con el chef y el gerente para revisar el menú digital. Te mando la liga al correo que me diste."""),
]
