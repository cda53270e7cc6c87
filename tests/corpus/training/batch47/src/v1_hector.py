# Voice 1: Hector Garza, 52, owner of a family HVAC and plumbing company in McAllen, Texas (client).
# Writes English, Spanish and Spanglish from his phone between service calls.
from common import *

cases, c = make("b47-hector-hvac-client", "client")

# ---- violations
c("Oye mijo, el trabajo va bien pero Upwork me está cobrando un fee que no me gusta nada. ¿Te puedo mandar lo que falta por Zelle directo? Así te llega completito y yo me ahorro la comisión.",
  V, PAY, "es", ctx=ACTIVE)
c("Before I hire, quick question — do you take Zelle? My bookkeeper hates the Upwork invoices, says they don't match our books. Rather just pay u direct every 2 weeks like the rest of my guys",
  V, PAY)
c("call the shop tmrw after 7am, ask for Hector. 956-555-0147. Don't ask for Junior he don't know nothing about the website lol",
  V, CS)
c("Mándame el presupuesto a garzacomfort.hector arroba gmail punto com, aquí en la app no puedo abrir los PDF desde el celular.",
  V, CS, "es")
c("whats ur cell? easier to text, I'm on roofs all day and can't be opening this app every hour",
  V, CR)
c("Mejor platicamos por WhatsApp, ahí tengo a mi esposa y a la contadora en el grupo y así todos ven lo mismo.",
  V, OP, "es")
c("You want 5 stars you redo the Spanish landing page too. No extra charge. Otherwise I write exactly what happened in the review, your choice compadre.",
  V, FB, ctx=ACTIVE)
c("¿Neta? Tres semanas para una página de contacto. Eres un inútil, güey, mi hijo de 12 años lo hace mejor con los ojos cerrados.",
  V, HAR, "es", ctx=ACTIVE)
c("My nephew set up this Upwork account but he moved to Houston. Can you just log in as me and post the ad for the bookkeeping job? I'll text you the password, its the same as the shop wifi lol",
  V, ACC)
c("I don't do the video thing in here, signal's bad out in the trucks. FaceTime me tonight and we hash out the Google Ads, then I send the offer.",
  V, OP)
c("""Alright here's the deal. We're a family HVAC and plumbing outfit in the Valley, 11 trucks, been around since my dad started it in '89. Summer is crazy, winter we do water heaters and repipes.

The Google Local Services ads are eating like $3k a month and half the leads are people in Reynosa or folks wanting a free quote on a window unit. I need somebody to clean that up: right service areas, negative keywords, dispute the junk leads, and set up call tracking so I know which calls come from which ad.

Budget is 40/hr, about 10 hrs a week to start, could be more in May when it gets hot. I'll hire thru here for the first month so you feel safe, after that we put you on a 1099 and pay you from our Gusto like the rest of the office, saves both of us the service fee.

Tell me if you've done LSA before and if you know CallRail. Spanish is a plus, not a must. Half our customers only speak Spanish and the other half only speak English, that's the Valley for you.""",
  V, PAY)
c("Si me haces el descuento del 30% te dejo cinco estrellas y una reseña bien bonita. Si no, pues tres estrellas y ya, tú decides.",
  V, FB, "es", ctx=ACTIVE)
c("Listen sweetheart, I don't need a lecture about match types from a girl who never turned a wrench in her life. Just do what I said.",
  V, HAR, ctx=ACTIVE)
c("¿Tienes Facebook? Búscame como Héctor Garza Comfort Air, mándame solicitud y te paso fotos de los trabajos por Messenger, aquí no se suben bien.",
  V, CS, "es")
c("Ya te mandé el invite pero antes de aceptar pásate por la oficina el lunes, estamos en la 10th street al lado del Whataburger, y lo hablamos en persona con un cafecito.",
  V, OP, "es")
c("can u invoice me thru paypal instead? this thing wants 3% on my card and another fee on top",
  V, PAY)
c("Te paso el usuario y la contraseña de mi Upwork para que tú mismo apruebes tus horas, la neta yo no le entiendo a esa pantalla.",
  V, ACC, "es", ctx=ACTIVE)
c("El muchacho que me hizo la página antes me cobraba por fuera y nunca hubo problema. ¿Tú también le haces así o nomás por Upwork?",
  V, PAY, "es", doubt="phrased as a question about how the freelancer works, but it invites paying outside Upwork")
c("no mames otra vez el mismo error?? ya te dije 3 veces, pendejo, el número de la oficina va ARRIBA",
  V, HAR, "es", ctx=ACTIVE)

# ---- clean look-alikes
c("Don't send me your number, keep it all in here. Last guy I hired off Craigslist took a deposit and disappeared, so I only do Upwork now.",
  C, CR)
c("Necesito que el formulario de la página pida nombre, teléfono, dirección y correo del cliente, y que le llegue un texto a la oficina cuando alguien pide cita. ¿Eso se puede con Twilio?",
  C, CS, "es")
c("Payment's no problem, I funded the milestone already. Upwork shows it sitting there, so start whenever you're ready.",
  C, PAY)
c("Mi contadora pregunta si Upwork me manda algún reporte de todo lo que pagué en el año. ¿Tú sabes dónde se descarga eso para los impuestos?",
  C, PAY, "es")
c("Add the Zelle and Venmo logos to the footer next to 'We accept', customers keep calling to ask if we take them.",
  C, PAY)
c("Good work on the Google Business profile. We went from 38 reviews to 61 in a month with that QR card you made for the techs. I'll leave you feedback when we close this out.",
  C, FB, ctx=ACTIVE)
c("No te preocupes por la reseña, te la dejo cuando terminemos y va a ser honesta. Hasta ahorita vas muy bien.",
  C, FB, "es", ctx=ACTIVE)
c("Some guy messaged me on here saying he's 'Upwork support' and asked for my login. I didn't give it to him. That's fake right? How do I report it?",
  C, ACC)
c("I accepted the manager request from your MCC, you should see Garza Comfort Air in your Google Ads now. Standard access, not admin.",
  C, ACC, ctx=ACTIVE)
c("La llamada de hoy la hacemos por aquí mismo, ya vi que Upwork tiene botón de video. Nomás avísame a qué hora.",
  C, OP, "es")
c("The tracking number on the ads has to be the CallRail one, not the shop line. Calls gotta show up in the dashboard or I can't tell which ads work.",
  C, CS, ctx=ACTIVE)
c("Honestly the first draft was bad. The Spanish sounded like Google Translate and the headline had the wrong city. Second one's way better. Keep that version.",
  C, HAR, ctx=ACTIVE)
c("Ese diseño quedó de poca madre, mi esposa dice que le encanta 🔥🔥",
  C, HAR, "es", ctx=ACTIVE)
c("Don't worry about the address on the invoice, Upwork puts whatever's on my billing profile. Just do the work lol",
  C, CS, ctx=ACTIVE)
c("Ya cerré el contrato y te dejé un bono de 50 dólares por aquí mismo, por lo rápido que quedó. Gracias mijo.",
  C, PAY)
c("My cousin Rudy wants to hire you for his tire shop. I told him to make his own Upwork account and send you an invite. Don't worry, he's not gonna use mine.",
  C, ACC)
c("Send me the invoice number so my bookkeeper can match it.",
  C, PAY)
c("No tengo WhatsApp ni Facebook, nomás este Upwork y el radio de los camiones jaja. Así que aquí seguimos.",
  C, OP, "es")
c("Can the booking page ask for the customer's address and a phone number for the tech to call 30 min before? Right now they just show up and nobody's home.",
  C, CS)
c("No quiero que me pases tu teléfono ni nada, aquí está bien. Nomás contesta más rápido porfa.",
  C, CR, "es")

# ---- allowed (contract started / access only)
c("Now that we're official — my cell is 956-555-0139, text me if the ads stop running on a weekend. Office is closed Sundays.",
  A, CS, ctx=ACTIVE)
c("Ya con el contrato abierto te agrego al grupo de WhatsApp de la oficina, para que veas cuando entran las llamadas de los anuncios.",
  A, OP, "es", ctx=ACTIVE)
c("Before you quote I want you to see the mess. Send me the Google email you use and I'll give you read-only on the Ads account and Analytics. Just for that, we keep talking here.",
  A, CR)
c("Shop address for the truck wrap mockup: 2207 N Ejemplo Ave, McAllen TX. Put it under the logo like the old trucks.",
  A, CS, ctx=ACTIVE, doubt="the address is artwork content for the truck wrap; clean would also be defensible")
c("Ya que estamos trabajando, llámame al 956 555 0188 cuando tengas lista la campaña, prefiero que me la expliques hablando.",
  A, CS, "es", ctx=ACTIVE)

# ---- added in the second pass
c("My lawyer wants an NDA signed before you see the customer list. It has my name, the shop address and my cell on it, that's normal. Sign it and send it back here.",
  A, CS, doubt="the text only points at contact details inside an NDA; clean would also be defensible")
c("zelle ok?",
  V, PAY, ctx=ACTIVE)
