# one-off: second round of wording variation for Arabizi items close to Arabic-script ones
import re
s = open('data_azi.py', encoding='utf8').read()
R = {
"ba3d ma 3tartl el 3qd": "ba3d ma bada el 3qd, ra8m el moudeera el tasweeqeya: +965 5000 0183, 3ayedha bs lw 9ar shay bel launch.",
"la 2edar a3tik comment access 3al Figma": "mnejjem 3al prototype b Figma: eza baddak tcommenti, 3tine el email taba3 7sabak 3a Figma w b3tik 'can comment'. ma ra7 esta3mlo la shi tene.",
"halla2 sar 3enna contract, baddak na3mol call": "b ma enno el contract ballash, fik tdi2li 3al whatsapp eza fi shi urgent bel render, ra2me +961 70 000 141. el files kellon byeb2o hon.",
"bass confirm: baddak el end card": "bel outro baddak 'Call us' ma3 ra2m el hotline taba3 el app aw QR code lal App Store? ana ba2tere7 el QR.",
"bima enno entu Enterprise w el procurement": "merci lal NDA. bima enno 7esabkon Enterprise, el vendor onboarding baddo contact: maya.motion@outlook.com / +961 70 000 152.",
"3tini username dyalk f GitHub bach nzidek": "bach tchouf les notebooks Jupyter, 3tini ghir l'adresse li msejla f Google Drive dyalk, nparteji m3ak dossier 'analyse_ventes'. walou akhor.",
"daba ila bdina l contrat, nqdro ndiro réunion": "db l contrat khddam: ila bghiti, nsiftlek 3la WhatsApp vocal kol s3a fach ykml l'import, bla ma nt3tlo hna.",
"e7na company Enterprise 3la upwork, w el IT manager": "sharikatna mas7ooba Enterprise 3la upwork, fa 3adi: ab8a ra8mak w el email 3shan el HR yrsellk el onboarding gbl el 3qd.",
"fi checkout nabi el mobile field ykon ijbari": "el OTP lazem yoosal 3la ra8m el 3ameel gbl el dfa3, w lw ma wasal 5lal dageega y6la3 zir 'resend'.",
}
for k, v in R.items():
    m = re.search(r'"' + re.escape(k) + r'[^"]*"', s)
    assert m, k
    s = s[:m.start()] + '"' + v + '"' + s[m.end():]
# categories that change with the new wording
s = s.replace("""a(V,'a','off-platform','m','A', "b ma enno el contract ballash, fik tdi2li""", """a(V,'a','contact-sharing','m','A', "b ma enno el contract ballash, fik tdi2li""")
s = s.replace("""a(V,'a','contact-request','m','', "bach tchouf les notebooks Jupyter""", """a(V,'a','contact-request','m','', "bach tchouf les notebooks Jupyter""")
s = s.replace("""a(V,'a','off-platform','m','E', "sharikatna mas7ooba Enterprise""", """a(V,'a','contact-request','m','E', "sharikatna mas7ooba Enterprise""")
s = s.replace("""a(V,'c','contact-request','m','', "bel outro baddak""", """a(V,'c','contact-sharing','m','', "bel outro baddak""")
s = s.replace("""a(V,'c','contact-request','m','', "el OTP lazem yoosal""", """a(V,'c','contact-request','m','', "el OTP lazem yoosal""")
open('data_azi.py', 'w', encoding='utf8').write(s)
print('ok')
