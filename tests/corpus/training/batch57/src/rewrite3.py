# one-off: third round of wording variation (az-jo-wp, az-eg-client, az-dz-smm lines that mirrored Arabic-script ones)
import re
s = open('data_azi.py', encoding='utf8').read()
R = {
# az-jo-wp
"bte3tini 5 stars halla2 w ba3mallak el plugin": "shu ra2yak: btektibli taqyeem 7elo w 5 njoom abel ma nsakker, w ana bsalle7lak el speed ta3 el site bbalash? kolna mabsooteen.",
"3indi 50+ review 5 stars 3ala upwork men stores": "law bet7eb tshoof ra2i el clients el sab2een, fi 3ala profile-i 3ala upwork aktar men 50 review, kolhom stores WooCommerce. w ba3d ma nkhalles b2ullak tekteb ra2yak b sara7a, shu ma kan.",
"bte3ni 7sabak 3al upwork b 200 dollar?": "ana account-i ma2foul. fik t3tini 7sabak ashta8el 3alayh w a3teek 30% men kol contract? ma 7ada ra7 yelaa7ez.",
"ma bagdar ed5ol 3al wp-admin bel password taba3ak": "la tib3atli el password taba3 el hosting 3al chat. a3mal user FTP jdeed la ilo bas 3ala folder el theme, w ba3den bte7thfo.",
"ya ibn el ***, dafa3tli nos el mablagh": "inta wa7ad 7aramy w kazzab, ya 7*****, w wallah eza ma bedfa3 el ba2i la a7ki 3annak bi kol group bel urdon.",
"btib3atli link el linkedin taba3ak?": "fi ma3ak skype aw zoom id? baddi as2alak kam so2al 3an el hosting abel ma a7ot el offer.",
"bima enno ballashna el contract, hada ra2mi 3al whats": "el contract sar active, hay el email taba3i odai.wp.amman@outlook.com iza bedak tib3atli el logo files el kbar, w kol el updates bedha tdal hon.",
"halla2 el contract sha88al, mn3mal call 3al Google Meet": "mabrook 3al contract! eza bedak, mn3mal jalsa 3al AnyDesk aw 3al Teams 3ashan awarjeek el dashboard taba3 el orders.",
"baddak ya2ni 7ott ra2m el telephone w 3enwan el ma7al fi footer": "bel schema markup ra7 a7ot 3enwan el ma7al bi Shmeisani w ra2m el hatef taba3 el shirka zay ma huwe 3ala Google Business, mshan el local SEO.",
# az-eg-client
"law mate3melsh el 3 banners el zyada bbalash": "el feedback bta3ak 3andi ana. law 3ayez ykoon kwayes, el video el tany yeb2a 3alek. law la2, el profile bta3ak hayet7ara2.",
"ana mesh ba-hire banat fel programming": "enta sa3idi wala eh? mesh fahem el kalam el basit da, ya gahel.",
"hadilak el email w el password bta3 account el upwork bta3i": "ana 3andi account upwork tani gdeed 3ashan mat3rafsh el fees el 2adeema. e3mel proposal 3aleh w ana ha-hire men hnak w ntwasal 3adi.",
"7atet lak bonus 30$ 3ala upwork": "el escrow etmawel, 500$ fel milestone el awal 3ala upwork. yalla ebda2, w ay mas2ala fel payment ya3ny kalamny hena.",
"ana ba2ra kol el taqyeemat 2abl ma a-hire": "ana ba2ra kol el taqyeemat 2abl ma a-hire, w wa7ed mnhom 2al 'slow bas shaghlo ndeef' — da 7a2i2y?",
# az-dz-smm
"wach rak 3la snap? 3tini l pseudo": "3endek compte TikTok wela Facebook? 3tini lien ta3ek bach nab3atlek wahed l'inbox.",
}
for k, v in R.items():
    m = re.search(r'"' + re.escape(k) + r'[^"]*"', s)
    assert m, k
    s = s[:m.start()] + '"' + v + '"' + s[m.end():]
# label/category changes that follow the new wording
s = s.replace("""a(V,'a','off-platform','m','A', "mabrook 3al contract!""", """a(V,'a','off-platform','m','A', "mabrook 3al contract!""")
s = s.replace("""a(V,'v','account-sharing','m','', "ana 3andi account upwork tani gdeed""", """a(V,'v','account-sharing','m','', "ana 3andi account upwork tani gdeed""")
s = s.replace("""a(V,'c','payment','m','', "el escrow etmawel""", """a(V,'c','payment','m','', "el escrow etmawel""")
open('data_azi.py', 'w', encoding='utf8').write(s)
print('ok')
