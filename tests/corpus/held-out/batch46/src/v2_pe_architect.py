# Voice 2: Mariela, Peruvian architect in Arequipa who sells 3D renders and walkthroughs (freelancer). Spanish and English.
from common import make
A = make('b46-pe-renders', 'freelancer')
V, C, AL = 'violation', 'clean', 'allowed'
P = 'proposal'

# violations
A(V, 'contact-sharing', "Hola! Soy arquitecta con 8 años haciendo renders en 3ds Max + Corona. Para ver más rápido mis trabajos y conversar, escríbeme al nueve cuatro siete, cero cero cero, uno dos tres (WhatsApp). Saludos desde Arequipa.", P, 'es')
A(V, 'contact-sharing', "Hello, I'm an architect from Peru doing photoreal exterior renders. You can see all my work and message me directly on my site mariela-renders.example.com/contacto — there is a form there and I answer in minutes.", P)
A(V, 'contact-sharing', "Mi correo es mariela punto quispe arroba gmail punto com, mándame los planos en DWG por ahí que Upwork a veces comprime los archivos.", 'message', 'es')
A(V, 'contact-sharing', "Instagram: @mq.renders.pe — there you can see the latest interiors, and DM me if you prefer, I reply faster there than here.", P)
A(V, 'contact-sharing', "Hi! Renders for your villa in Tulum — yes, I can do 6 views in 5 days. My Behance has more, and my wa is +51 9OO OOO 2l8 (sorry, phone keyboard).", P)
A(V, 'contact-request', "Para enviarle una propuesta más exacta necesito hablar con usted. ¿Me pasa su número de WhatsApp o su correo? Así le mando ejemplos de materiales.", 'message', 'es')
A(V, 'contact-request', "Could you share your email? I prefer to receive the CAD files and the client brief there, before we agree on the contract.")
A(V, 'contact-request', "Dear client, which is your Skype? I would like to show you my screen with the model in real time before you decide.", P)
A(V, 'off-platform', "Señor Ortega, para coordinar mejor le propongo que sigamos la conversación por WhatsApp, aquí los mensajes me llegan tarde por la diferencia horaria.", 'message', 'es')
A(V, 'off-platform', "Let's jump on a Google Meet this afternoon so I can walk you through the Lumion scene. After that you can send the offer here.")
A(V, 'off-platform', "Si le parece, continuemos por correo — le respondo desde mi cuenta personal que reviso a todas horas.", 'message', 'es')
A(V, 'payment', "Para este proyecto le puedo hacer un 15% de descuento si me paga directo por Western Union o transferencia al BCP, sin la comisión de Upwork.", 'message', 'es', contract='active')
A(V, 'payment', "Honestly the fee here is 10% and for a $300 job that hurts. If you want, we close this contract and for the next 20 renders you pay me by PayPal, same quality, cheaper for you.", contract='active')
A(V, 'payment', "Hola Daniela, le comento que el próximo mes cambio de método: prefiero que me pague por Yape o Plin en soles, así evitamos la conversión a dólares de la plataforma.", 'message', 'es', contract='active')
A(V, 'payment', "My price is $45 per view. If you pay half by Binance before I start, I can begin today even without a contract.", P)
A(V, 'feedback', "Le mando los renders finales en alta resolución apenas deje su reseña de 5 estrellas. Las versiones con marca de agua ya las tiene.", 'message', 'es', contract='active')
A(V, 'feedback', "Please, a 5 star review would help me so much. If you leave it today I will give you the walkthrough video for free — if it's less than 5, sorry, no video.", contract='active')
A(V, 'feedback', "I saw you gave me 4 stars. Could you change it to 5? I will refund you $50 back if you edit it.", contract='active')
A(V, 'account-sharing', "Trabajo con mi hermano que también es arquitecto. Él entra a mi cuenta de Upwork cuando yo estoy en obra y responde a los clientes, así que a veces verá mensajes firmados por él.", 'message', 'es', contract='active')
A(V, 'account-sharing', "My cousin in Lima has a verified Upwork account with Top Rated badge. If you prefer, you can hire me through his profile because mine is new — he won't touch anything, I do all the work and use his login.")
A(V, 'account-sharing', "Para publicar los renders en su página, ¿me puede dar su usuario y contraseña de WordPress? Yo mismo los subo, no hay problema.", 'message', 'es', contract='active')
A(V, 'harassment', "Con todo respeto, usted no sabe nada de arquitectura. Cambia el diseño cada día como un niño. Búsquese a otro tonto.", 'message', 'es', contract='active')
A(V, 'harassment', "You people always want free work. Third world girl, right? Cheap and quiet. No. Pay the revision or forget me.", contract='active')
A(V, 'harassment', "If you open a dispute I will post your home renders and the address of your project in every architecture group in Peru so people know who you are.", contract='active')
A(V, 'contact-sharing', """Estimado cliente,

Gracias por publicar este proyecto tan interesante. Leí la descripción con cuidado: una casa de playa de dos pisos en Asia (Lima), con piscina, terraza techada y acabados en madera y piedra. Necesita 5 vistas exteriores, 3 interiores y una vista aérea para presentar a los inversionistas.

Sobre mí: soy arquitecta colegiada (CAP) y desde 2016 me dedico a visualización arquitectónica. Trabajo en 3ds Max con Corona Renderer y postproducción en Photoshop. Para recorridos uso Lumion o Unreal, según el presupuesto.

Mi proceso:
1. Recibo los planos (DWG o PDF) y el modelo si existe (SketchUp, Revit o Rhino).
2. Armo el modelo y le envío vistas en blanco (clay) para aprobar cámaras.
3. Aplico materiales e iluminación, primera ronda de renders.
4. Dos rondas de cambios incluidas.
5. Entrega final en 4K.

Tiempo estimado: 7 días hábiles. Precio: el publicado en la propuesta.

Si tiene dudas antes de decidir, puede llamarme o escribirme al +51 900 000 314, tengo horario flexible y hablo también inglés.

Algunos trabajos similares están en mi portafolio de Upwork: casa Punta Hermosa, condominio en Cieneguilla y un hotel boutique en Cusco.

Quedo atenta,
Mariela""", P, 'es')
A(V, 'off-platform', """Hi Mr. Baker,

Thank you for the invitation to your interior project in Austin. I went through the PDF and the mood board — the mix of travertine and walnut is beautiful, and I think warm late-afternoon light would sell it best.

Here is what I understand you need:
- Living room + kitchen (open plan): 3 views
- Primary bedroom: 2 views
- Primary bath: 1 view
- A 360 panorama of the living room for the listing

I would model everything in 3ds Max from your Revit file. Furniture: I can use the exact pieces from your list when the brands offer 3D models (RH and West Elm usually do); for the custom sofa I will model it from the shop drawing.

Timeline: clay views in 3 days, first colour renders in 6 days, finals in 9 days including two rounds of comments.

One practical thing: I don't really like the Upwork chat for this kind of visual feedback, so after you accept I'd rather we continue on WhatsApp or Discord where I can send quick screenshots and voice notes — for you it is easier too, I think.

I attached two samples of similar interiors and a short walkthrough I did for a client in Denver. Looking forward to hearing from you.

Best regards,
Mariela Quispe, Arch.""", P)

# clean
A(C, 'payment', "Hola! Recibí el pago del hito 2, muchas gracias. Ya empiezo con las vistas interiores.", 'message', 'es', contract='active')
A(C, 'payment', "For the hotel lobby, the reception desk needs a card-payment terminal and a small 'We accept Visa / PayPal' sign, as in the reference photo? Just confirming before I model it.", contract='active')
A(C, 'payment', "Mi tarifa es de $40 por vista exterior y $35 por interior, todo a través de Upwork con hitos. Si agrega el recorrido, lo cotizamos como un hito aparte.", P, 'es')
A(C, 'contact-sharing', "The site plan shows the address as 'Lote 14, Mz B, Urb. Los Pinos'. Should I put that text on the board of the presentation, or leave only the project name?", contract='active')
A(C, 'contact-sharing', "En la lámina de presentación puse un espacio para el logo, el teléfono y el correo de la inmobiliaria. Usted me dirá qué datos van, yo dejé textos de ejemplo.", 'message', 'es', contract='active')
A(C, 'contact-request', "Question about the brief: the billboard in render 4 — do you want your real phone number and website on it, or generic text like 'Sales office – 000 000'? I'll use generic unless you tell me.", contract='active')
A(C, 'off-platform', "The walkthrough will be exported as MP4 and also uploaded as an unlisted YouTube video so you can share it with investors. The download link goes through here.", contract='active')
A(C, 'off-platform', "No se preocupe por la diferencia de horario, reviso los mensajes de Upwork desde el celular varias veces al día, también los fines de semana.", 'message', 'es')
A(C, 'feedback', "Gracias por la reseña tan bonita, me alegró el día. Cuando tenga el siguiente proyecto aquí estaré.", 'message', 'es', contract='active')
A(C, 'feedback', "I received your comments on the renders, thank you. I'll adjust the sky in view 2, make the pool less saturated and add people in the terrace. Revised images tomorrow.", contract='active')
A(C, 'feedback', "When you close the contract, Upwork will ask you for feedback. If something was not perfect, please tell me honestly — it helps me improve.", contract='active')
A(C, 'account-sharing', "Le recomiendo que no me dé acceso a su cuenta de Dropbox; basta con que comparta la carpeta 'Renders_Final' conmigo desde la opción de compartir.", 'message', 'es', contract='active')
A(C, 'account-sharing', "In the interior of the home office, should the laptop screen show something? I was thinking a generic login page, blurred, so it looks real but doesn't advertise any brand.", contract='active')
A(C, 'harassment', "Entiendo que esté molesto por el retraso; fue mi error y lo siento. Le entrego la vista aérea mañana antes del mediodía sin costo adicional.", 'message', 'es', contract='active')
A(C, 'harassment', "The reference image you sent has the words 'killer view' on it — should I keep that slogan on the billboard mockup? Just making sure it's intentional.", contract='active')
A(C, 'contact-request', "¿Podría compartirme el archivo de Revit aquí en el chat? Si pesa mucho, súbalo a WeTransfer y pegue el enlace aquí mismo.", 'message', 'es', contract='active')
A(C, 'payment', "Proposal note: I work only with Upwork milestones. First milestone (clay views) is 30%, then 40% for colour renders, and 30% for finals.", P)

# allowed
A(AL, 'contact-sharing', "Ya que el contrato está activo, le dejo mi número por si hay urgencias en la obra: +51 900 000 271. Todo lo de pagos sigue por aquí, claro.", 'message', 'es', contract='active')
A(AL, 'contact-sharing', "Here is my portfolio on Behance with the full project sets: behance.net/mq-renders-example. It only shows the images, no contact info there.", P)
A(AL, 'contact-request', "Para revisar el modelo BIM que ya tienen en Autodesk Construction Cloud, ¿a qué correo me puede invitar? Es solo para ver el modelo antes de cotizar.", 'message', 'es')
A(AL, 'contact-sharing', "Your office sent the NDA for the hotel project. I filled it in with my legal name, DNI and address in Arequipa as requested, and attached it here.")
A(AL, 'off-platform', "Understood, since your company hires through Upwork Enterprise, I'm happy to do the Teams call with your design director on Tuesday at 9 am Lima time.", client='enterprise')
