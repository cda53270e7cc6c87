from common import *
SOURCE = 'b58-cordoba-esports'
ROLE = 'freelancer'
CASES = [
# violations (16)
(V,'off-platform',P,'es',{},"Buenas! Soy Tomi, coach de Valorant hace 4 años, llevé a un equipo universitario de Córdoba de Gold a Immortal en una temporada. Te propongo VOD reviews + sesiones en vivo. Pasate por mi Discord así lo hablamos tranqui y te muestro cómo laburo, acá es medio incómodo."),
(V,'contact-sharing',M,'es',{},"Mi Discord es tomi.coach.cba, agregame y arrancamos con la review del VOD hoy mismo, el contrato lo armamos después si te copa."),
(V,'payment',M,'es',{},"Che, si querés las próximas 10 sesiones me las pagás por Mercado Pago o en USDT y te hago precio, Upwork se queda con un montón y encima el dólar acá es un quilombo."),
(V,'contact-request',M,'en',{},"Hey man, what's your Discord tag or Steam friend code? I'll add you so we can jump in a call before you hire me, easier to see your crosshair and settings live."),
(V,'feedback',M,'es',{},"Te paso el documento con todas las lineups de Ascent y Bind apenas me dejes las 5 estrellas y cierres el contrato, eh. Primero la reseña."),
(V,'harassment',M,'es',{},"Sos un manco inútil y encima mal educado. Con esa cabeza no subís de Hierro ni aunque te carguen. Andate a la mierda."),
(V,'account-sharing',M,'es',{},"Si querés, pasame tu user y contraseña de Riot y te juego unas partidas yo para subirte a Oro, así después entrenamos desde ahí. Nadie se entera."),
(V,'payment',M,'en',{},"For the team package (5 players, 4 weeks) it's better if the org sends a bank transfer to my cousin's account in Miami, I'll give you the details. Cheaper than doing it here."),
(V,'contact-sharing',M,'en',{},"my twitch is twitch (dot) tv / tomicoach_cba, hit me a DM there or on insta same name. no contract yet but we can start chatting"),
(V,'off-platform',M,'es',{},"Mejor hablemos por la app del fantasmita amarillo o por la de la camarita violeta, ahí te mando clips cortos. Te paso mi usuario si querés."),
(V,'harassment',M,'en',{},"Stop crying in voice like a little girl. Honestly you play like a retard, maybe esports isn't for people like you."),
(V,'account-sharing',M,'es',{},"Mi hermano también es coach, cuando yo no puedo él da las clases desde mi cuenta de Upwork, así no cambiamos nada del contrato, tranqui."),
(V,'contact-request',P,'es',{},"Hola! Me interesa coachear a tu equipo. Antes de mandarte precio, pasame el WhatsApp del capitán o el mail del manager así coordino directo con ellos."),
(V,'payment',M,'es',{},"Dale, el bono por clasificar al torneo pasámelo por PayPal aparte, fuera de Upwork, total es un regalo y no tiene sentido que se lleven comisión."),
(V,'feedback',M,'en',{},"If you bump my rating to 5 stars I'll throw in a free week of coaching for the whole team. Deal? Just edit the review and tell me."),
(V,'contact-sharing',M,'es',{},"Para las clases en vivo te dejo mi cel: tres cinco uno - cinco cero cero - cero cero - nueve dos (Córdoba). Mandame audio cuando puedas."),
# clean (14)
(C,'account-sharing',M,'es',{},"Nunca me pases tu contraseña de Riot, eh. Para revisar partidas solo necesito tu Riot ID para ver el historial en tracker.gg y los VODs que subas."),
(C,'off-platform',M,'en',{},"Homework for this week: join a few community scrims on Discord with your team and record them. Then upload the VODs here and we review together on Thursday."),
(C,'harassment',M,'es',{},"Esa ronda fue un desastre total, tiraste la util re mal y te comiste el flash de tu equipo jaja. Tranqui, es normal, lo corregimos con rutina."),
(C,'payment',M,'es',{},"El torneo tiene inscripción de 50 USD por equipo y se paga con tarjeta o PayPal en la página del organizador. Eso lo maneja el manager, no yo."),
(C,'contact-sharing',M,'en',{},"In the team sheet add each player's Riot ID, main agent, rank and timezone. Don't add phone numbers or emails, we don't need that for scrim planning."),
(C,'feedback',M,'es',{},"Fue un placer laburar con ustedes, pibes. Si les sirvió, me ayudaría mucho una reseña sincera cuando cierren el contrato. Éxitos en la liga!"),
(C,'harassment',M,'en',{},"Your comms are toxic man, you flame the support every round and it kills the team. Let's work on calling info instead of blame, it's the fastest way to climb."),
(C,'contact-request',P,'es',{},"Para el plan necesito saber tu rango actual, tu Riot ID para ver estadísticas públicas, y qué horarios tenés libres. Con eso armo la rutina de aim."),
(C,'payment',M,'en',{},"I submitted milestone 2 (4 VOD reviews + aim routine). Release when you're happy with it, then I start milestone 3 with the team strats."),
(C,'off-platform',M,'es',{},"Perdón la demora, se me cortó la luz en todo el barrio, Córdoba style jaja. Ya volví, te respondo todo acá."),
(C,'account-sharing',P,'en',{},"I coach only, I don't boost or play on clients' accounts. All work is done by me personally, on my verified Upwork profile."),
(C,'feedback',M,'en',{},"The team's HLTV-style stats look way better this month: first-blood rate up 8%. The org posted a shoutout to me on their socials, pretty cool."),
(C,'harassment',M,'es',{},"Le dije al capitán que deje de bardear al controller en el chat, que así no se gana. Ojo, no es con vos, sos de los que mejor se comunica."),
(C,'contact-sharing',M,'es',{},"El overlay del stream quedó listo: el nick del equipo, el logo y el handle de Twitter del sponsor abajo a la derecha, como pidió el manager."),
# allowed (5)
(A,'off-platform',M,'es',{'contract':'active'},"Ya está activo el contrato, así que si querés armamos un server de Discord para el equipo y hacemos ahí las sesiones en vivo. Las horas las sigo cargando acá."),
(A,'contact-sharing',M,'en',{'contract':'active'},"Contract is live, so here's my Discord for match days: tomi.coach.cba. Payments keep going through Upwork as usual."),
(A,'contact-sharing',M,'es',{},"Agregá mi mail tomas.coach.cba@gmail.com al Google Drive del equipo donde tienen los VODs, así los miro antes de armarte el presupuesto. Es solo para el acceso."),
(A,'contact-request',M,'en',{'client':'enterprise'},"Understood that your organisation is an enterprise client. Could you share the email of your head coach? I'll send the scheduling request for the interview you mentioned."),
(A,'contact-sharing',P,'es',{},"Acá tenés un resumen de mi trabajo con análisis de partidas y resultados de los equipos (portfolio, sin datos de contacto): ejemplo.com/tomi-coach-portfolio"),
]
