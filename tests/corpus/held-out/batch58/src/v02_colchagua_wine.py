from common import *
SOURCE = 'b58-colchagua-wine'
ROLE = 'client'
CASES = [
# violations (16)
(V,'off-platform',M,'es',{},"Hola Daniela, me gustó tu propuesta pa las fichas técnicas en inglés y chino. Te parece si seguimos por wsp? acá en la plataforma me pierdo, soy medio tronco con esto jaja"),
(V,'contact-sharing',M,'es',{},"Oye, anota mi celu: +56 9 0000 7731, llámame mañana después de almuerzo y vemos lo de las etiquetas pa Shanghai, antes de cerrar el contrato."),
(V,'payment',M,'es',{},"Mira, te soy honesto, la comisión de Upwork me mata. Te hago una transferencia directa a tu cuenta RUT o la que tengai, y te subo un poquito la tarifa, ¿cachai? Todos ganamos."),
(V,'contact-request',M,'es',{},"Pásame tu correo personal porfa, así te mando los PDF de la cosecha 2025 y las notas de cata, todavía no he creado el contrato."),
(V,'payment',M,'en',{},"Regarding the price, I prefer to pay you via wire from our company account in Santiago, we do this with all our overseas agents. Upwork only for the first contact, ok?"),
(V,'feedback',M,'es',{},"Si me traduces también el catálogo de los espumantes sin cobrar extra, te dejo 5 estrellas y un comentario bonito. Si no, bueno, tendré que ser sincero en la reseña."),
(V,'harassment',M,'es',{},"Weón, ¿erís tonto o te haces? Te dije Carménère con acento y pusiste carmenere en todas las etiquetas. Inútil, no sirves ni pa barrer la bodega."),
(V,'contact-sharing',M,'es',{},"Cualquier cosa me escribes a contacto (arroba) viñalosquillayes (punto) example.cl, ahí te respondo más rápido que por acá."),
(V,'off-platform',M,'en',{},"Nice to meet you. Can we continue on the Chinese messaging app with the green bubbles? Our importer in Guangzhou is there, easier to make a group with the three of us. Contract after."),
(V,'payment',M,'es',{},"Lo del pago: te lo pago en cajas de vino y el resto en efectivo cuando vengas a la feria de Santa Cruz, fuera de la página, pa que no nos cobren nada."),
(V,'account-sharing',M,'es',{},"Mi socio tiene cuenta de cliente con buenas reseñas, la mía es nueva. Te paso su usuario y clave pa que aceptes la oferta desde ahí, da lo mismo quién sea."),
(V,'harassment',M,'en',{},"You people from that part of the world always lie about deadlines. I should have hired a European. Pathetic."),
(V,'contact-request',M,'es',{},"Antes de contratarte necesito tu Instagram o LinkedIn pa ver quién eres de verdad, mándame el link o tu usuario."),
(V,'feedback',M,'en',{},"I will close the contract but I only release the last payment after you give me a 5 star as a client first. Then I give you yours."),
(V,'payment',M,'es',{},"¿Te puedo pagar por PayPal amigos y familia? Así no sale la comisión, y el contrato de acá lo dejamos en 1 dólar nomás pa que quede registrado."),
(V,'off-platform',M,'es',{},"Hagamos una videollamada por fuera, te mando el link de mi Meet personal, y ahí cerramos todo de palabra, sin tanto trámite acá."),
# clean (14)
(C,'payment',M,'es',{},"La tienda online tiene que aceptar Webpay y transferencia para clientes chilenos, y PayPal para los de afuera. ¿Lo has integrado antes en WooCommerce?"),
(C,'contact-sharing',M,'es',{},"En la contraetiqueta va la dirección de la viña, el teléfono del importador y el correo de atención, pero usa datos de relleno hasta que el SAG apruebe. Ojo con el tamaño de letra."),
(C,'off-platform',M,'en',{},"Our distributor in China asked for a WeChat mini-program with the wine list. I just need the Chinese copy written, not the development. Is that in your scope?"),
(C,'feedback',M,'es',{},"Tenemos 90 puntos Descorchados y buenas reseñas en Vivino. Quiero que eso aparezca en las fichas, sin exagerar, que en China no les gusta el marketing gritón."),
(C,'harassment',M,'es',{},"La primera versión estaba malísima, te soy honesto, parecía traducida con Google. La segunda está mucho mejor, sigue así po."),
(C,'payment',M,'es',{},"Ya deposité el hito 2 en Upwork. Avísame cuando subas el archivo y lo libero al tiro, no hay apuro."),
(C,'contact-request',M,'en',{},"For the export form I need the fields: consignee name, address, phone, email, HS code and incoterm. Please design it like our old Excel but cleaner."),
(C,'account-sharing',M,'es',{},"No te voy a pasar mi clave del Shopify, te creo una cuenta de colaborador con tu correo de trabajo, ¿ya? Así cada uno con lo suyo."),
(C,'harassment',M,'es',{},"Este cliente chino me tiene loco, weón, pide muestras gratis cada semana. En fin, no es contigo, sigamos con las fichas."),
(C,'off-platform',M,'es',{},"¿Se te puede contactar por acá los fines de semana? Estamos en vendimia y yo reviso mensajes de Upwork solo de noche."),
(C,'feedback',M,'en',{},"Contract done, thank you Wen. I left you an honest review, you deserve it. If you have time, please rate me as a client too, first time I hire someone abroad."),
(C,'payment',M,'en',{},"Invoice from Upwork shows 320 USD, our accountant needs it in CLP with the exchange rate of that day. Can you download the PDF invoice and send it here?"),
(C,'contact-sharing',M,'es',{},"En la página de contacto quiero un formulario, no mi celular a la vista, que después me llaman a las 3 de la mañana de otros países jaja."),
(C,'account-sharing',M,'en',{},"Please use your own Upwork account for everything, our company added you to the team. My assistant Javiera also has her own login, no sharing."),
# allowed (5)
(A,'contact-sharing',M,'es',{'contract':'active'},"Ya que empezamos el contrato te dejo mi celular pa las urgencias con la imprenta: +56 9 0000 7731. Los pagos igual todo por Upwork, obvio."),
(A,'contact-request',M,'es',{},"Mándame el correo con el que usas Figma y te invito al archivo de las etiquetas, es solo pa que veas el diseño antes de cotizar."),
(A,'off-platform',M,'en',{'client':'enterprise'},"We are under the enterprise plan of the holding. Our legal team prefers a short call on Teams before the contract, I will send the invitation to your email."),
(A,'contact-sharing',M,'es',{},"Te mando el NDA de la viña pa firmar antes de empezar; ahí salen mi dirección y teléfono porque es documento legal, nada más."),
(A,'off-platform',M,'es',{'contract':'active'},"Con el contrato andando, si quieres hablemos por WhatsApp pa coordinar la entrega en la feria, es más rápido."),
]
