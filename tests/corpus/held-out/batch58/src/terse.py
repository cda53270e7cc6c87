from common import *
# short one-liners added to each voice (appended after its 35 cases)
TERSE = {
'v01_pokhara_trek': [(V,'contact-request',M,'ne-Latn',{},"Viber number dinus na"), (C,'payment',M,'en',{},"milestone funded. go ahead dai")],
'v02_colchagua_wine': [(V,'contact-request',M,'es',{},"¿Tenís Telegram? pa mandarte las fotos"), (C,'harassment',M,'es',{},"Quedó horrible el logo jaja, otra vuelta porfa")],
'v03_debrecen_embedded': [(V,'payment',M,'en',{},"revolut ok? skip the 10%"), (C,'account-sharing',M,'en',{},"pls dont paste passwords here, use the vault")],
'v04_iloilo_medva': [(V,'off-platform',M,'tl',{},"Doc sa Messenger na lang po tayo?"), (C,'contact-sharing',M,'en',{},"Noted po, updated pt's phone + email in chart")],
'v05_fes_zellige': [(V,'contact-request',M,'fr',{},"Votre numéro svp ?"), (C,'payment',M,'fr',{},"Jalon validé, merci !")],
'v06_lublin_logistics': [(V,'payment',M,'pl',{},"Może być BLIK?"), (C,'off-platform',M,'uk',{},"Водій на зв'язку, все ок")],
'v07_pekalongan_batik': [(V,'off-platform',M,'id',{},"lanjut WA ya kak"), (C,'account-sharing',M,'id',{},"udah aku invite ke sub-akun ya")],
'v08_berlin_dentist': [(V,'contact-request',M,'de',{},"Ihre Handynummer bitte?"), (C,'feedback',M,'tr',{},"Google yorumlarımız 4,7, harika!")],
'v09_alex_arabic_tutor': [(V,'off-platform',M,'ar-Latn',{},"nkml 3la el whats?"), (C,'payment',M,'ar',{},"تم تسجيل الساعات، شكرا")],
'v10_cordoba_esports': [(V,'harassment',M,'es',{},"sos un pelotudo bárbaro"), (C,'harassment',M,'es',{},"qué ronda de mierda jaja, la próxima la sacamos")],
}
