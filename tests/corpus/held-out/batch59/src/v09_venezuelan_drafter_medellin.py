"""Freelancer voice: Yohandry, a Venezuelan architect and AutoCAD/Revit drafter living
in Medellín. Caracas Spanish (chamo, pana, vaina, burda, arrecho), plain non-native
English with US and Canadian clients. Zinli, Binance, Zelle through relatives are
part of his world."""
from common import v, c, a

SLUG = "b59-venezuelan-drafter-medellin"
P = "proposal"

CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "es",
      "Mi WhatsApp es +57 300 555 0188, escríbeme por allá pana, que por aquí las notificaciones me llegan tarde."),
    v("contact-sharing", "es",
      "Buenas tardes. Le escribe Yohandry, dibujante técnico y arquitecto egresado de la UCV, con 9 años "
      "dibujando planos en AutoCAD y los últimos 4 modelando en Revit. Vi que necesita pasar a limpio los "
      "planos de una casa de dos plantas que hoy están en PDF escaneado y a mano alzada, y además sacar los "
      "planos de instalaciones sanitarias y eléctricas. Ese trabajo lo he hecho muchísimo: en Caracas trabajé "
      "para una constructora que remodelaba edificios viejos donde no existía ningún plano digital, y aquí en "
      "Medellín colaboro con dos estudios que me mandan levantamientos de obra. Mi propuesta: primero "
      "digitalizo la planta baja y la alta a escala 1:50 con capas ordenadas según su norma (si no tiene, uso "
      "la que manejo yo, que es bastante estándar), luego cortes y fachadas, y al final instalaciones. Le "
      "entrego DWG, PDF listo para imprimir y, si quiere, el modelo en Revit. Si prefiere me escribe al "
      "correo yohandry.planos@gmail.com y le mando más muestras de planos parecidos, que aquí el portafolio "
      "solo deja subir unas pocas imágenes. Tiempo estimado: 8 días hábiles. Precio: 380 dólares, dividido en "
      "dos hitos. ¿Las medidas del levantamiento ya están verificadas en sitio o las tomo como vienen en el PDF?",
      surface=P),
    v("contact-request", "es", "¿tienes telegram?"),
    v("contact-request", "en",
      "Can you send me your number so I can send you voice notes? my english is better speaking than writing"),
    v("off-platform", "en", "Better we continue on Instagram, there I have all the renders and we talk more easy"),
    v("payment", "es",
      "Si quieres me pagas por Zinli o por Binance en USDT, así no pierdo el 10% con Upwork y tú tampoco "
      "pagas la comisión."),
    v("payment", "en",
      "My cousin in Miami can receive Zelle for me, if that's easier for you than the platform. Same price, less fees."),
    v("feedback", "es",
      "Los DWG finales ya están listos chamo, apenas me dejes las 5 estrellas te los subo.", contract="active"),
    v("feedback", "en",
      "If you write in the review that I'm a licensed architect, I'll take 30% off the last invoice. I'm "
      "not licensed yet but almost.", contract="active"),
    v("feedback", "es",
      "Hola Andrés, te escribo con calma porque no quiero que esto termine mal. Entiendo que estés molesto "
      "por el retraso de la fachada, tienes razón en que te dije el martes y te la mandé el jueves. Te "
      "explico lo que pasó: el PDF del levantamiento tenía la cota del alero en 2,80 y en la foto se veía "
      "claramente más alto, así que preferí esperar a que me confirmaras con el maestro de obra antes de "
      "dibujar algo mal. Igual debí avisarte antes, eso fue error mío. Ya corregí lo que me pediste: la "
      "ventana del baño pasa a 0,60 x 0,60, la puerta del garaje a 2,40 de ancho, y agregué el detalle del "
      "muro de contención que no estaba en el alcance original pero lo hice igual porque sin eso el plano "
      "quedaba cojo. Los archivos están en la carpeta del contrato, revisión C. Y mira, para que quedemos "
      "bien: si me dejas buena calificación al cerrar te devuelvo 50 dólares por el retraso, así nadie sale "
      "perdiendo. Si ves algo más que cambiar, dímelo hoy y lo resuelvo mañana temprano. Gracias por la "
      "paciencia, de verdad.", contract="active"),
    v("account-sharing", "es",
      "Mi cuñado tiene la cuenta verificada aquí en Colombia y yo facturo todo por ahí, él después me pasa "
      "la plata por Nequi. Tú contratas su perfil y hablas conmigo."),
    v("account-sharing", "es",
      "Pana, ¿me prestas tu cédula colombiana para verificar mi cuenta nueva? Te doy el 15% de lo que gane, palabra."),
    v("account-sharing", "en",
      "Transparency first: I currently work through my uncle's account (he's a licensed architect, 4.9 "
      "rating). He stamps the drawings and I do all the drafting, so on paper you'd be hiring him.",
      surface=P),
    v("harassment", "es",
      "Ustedes los colombianos siempre regateando hasta el último peso, por eso nadie serio quiere trabajar con ustedes."),
    v("harassment", "en",
      "You write so sweet, I bet you look even better 😏 send me a photo and I'll do the changes faster"),
    v("harassment", "es",
      "Qué vaina tan mal hecha, eres un m@m@gü3vo, no sabes ni leer una cota.", contract="active"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "es",
      "En el cajetín del plano dejé 'Tel.: ____' y 'Correo: ____' en blanco, tú los llenas con los datos de tu oficina."),
    c("contact-sharing", "en",
      "Lot dims 12.50 x 30.00 m, setbacks 3 m front and 1.5 m sides. The address block reads 'Cra 43A # 1 "
      "Sur - 100' as per the survey, I kept it."),
    c("contact-request", "es",
      "Tranquilo, no te voy a pedir el WhatsApp, sé que Upwork no deja antes del contrato. Todo por aquí."),
    c("off-platform", "en",
      "Drawings will live in your Autodesk Docs project; I'll upload the revisions there once you invite me."),
    c("payment", "es",
      "Hola, buen día. Soy dibujante y arquitecto venezolano radicado en Medellín; trabajo con AutoCAD, Revit "
      "y SketchUp. Leí que necesita los planos de un local comercial de 120 m² para presentar a la "
      "curaduría, con planta arquitectónica, cortes, fachada y el cuadro de áreas. Le cuento cómo trabajo "
      "para que no haya sorpresas con los pagos: divido el proyecto en tres hitos en Upwork (levantamiento "
      "digital, planos arquitectónicos, ajustes tras la revisión de la curaduría) y no arranco un hito hasta "
      "que esté fondeado en la plataforma. No acepto pagos por fuera de Upwork, ni por transferencia ni por "
      "apps, porque así los dos estamos protegidos si algo sale mal. Sé que a veces los clientes piden 'un "
      "descuentico si pagamos directo'; prefiero explicarlo desde el principio. Incluyo dos rondas de "
      "correcciones por hito. Si la curaduría pide cambios por norma, los hago sin costo cuando son errores "
      "míos; si son cambios de diseño, los cotizamos aparte. Tiempo total: 10 a 12 días hábiles. ¿Tiene ya "
      "el certificado de tradición y el levantamiento topográfico, o hay que trabajarlo con lo que haya?",
      surface=P),
    c("payment", "es", "Ya vi el hito fondeado, arranco hoy mismo con la planta baja."),
    c("feedback", "en", "Thank you for the 5 stars and the kind words, it really helps a Venezuelan starting again."),
    c("feedback", "es",
      "Si quedaste conforme, me ayudaría mucho una reseña sincera. Y si no, dime qué mejorar, que de eso se aprende."),
    c("account-sharing", "en",
      "My ID verification is finally done, the badge should show on my profile now. Took three tries "
      "because of the Venezuelan passport format."),
    c("account-sharing", "en",
      "Someone in a Facebook group is selling 'verified Upwork accounts' for $150. I said no, that's how "
      "people get banned forever."),
    c("harassment", "es",
      "Los planos que te entregó el dibujante anterior tienen las cotas desfasadas y las capas mezcladas. No "
      "es nada personal, pero hay que rehacer la planta alta completa."),
    c("harassment", "es", "Burda de bueno ese render, chamo, quedó arrecho 🔥"),
    c("harassment", "en", "Purged the dead layers, file is 40% lighter."),
    c("harassment", "en",
      "The client before you called me 'a dirty veneco' in chat. I reported it and moved on. Just so you "
      "know why I'm careful with first messages."),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "es",
      "Mi portafolio de planos y renders: yohandry-planos.example.com, solo trabajos míos. Cualquier pregunta, por aquí.",
      surface=P),
    a("contact-sharing", "es",
      "Ya con el contrato activo te paso mi WhatsApp: +57 300 555 0188, para que me mandes las fotos de obra.",
      contract="active"),
    a("off-platform", "en",
      "Since you hired me today, maybe a quick Meet call tomorrow on the facade? The link goes here in the chat.",
      contract="active"),
    a("contact-sharing", "en",
      "My Autodesk account email is yohandry.planos@gmail.com, use it only to invite me to the ACC project."),
    a("contact-sharing", "en",
      "Your recruiter confirmed the Enterprise contract, so no problem calling me before the offer. WhatsApp "
      "or normal call, +57 300 555 0188, Monday to Friday after 9.", client="enterprise"),
    a("contact-sharing", "es",
      "Firmé el NDA, lleva mi dirección en Medellín y mi correo como pide el formato. Te lo subo aquí."),
]
