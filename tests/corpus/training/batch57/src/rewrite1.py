# one-off: vary wording of Arabizi items that mirrored the Arabic-script ones (kept for the record)
import re
s = open('data_azi.py', encoding='utf8').read()
R = {
# az-ma-data
"wach nkmlo f privé? hna kay9t3o bzaf": "had chat dyal upwork kayt2khar bzaf. ila bghiti nkmlo 5ara, ana dima connectée f Signal, ghir 9olli.",
"l5lass nqder nakhdo b virement direct l CIH": "pour le paiement, sift liya ghir b Wise l compte perso dyali, ou bien Payoneer direct, w nsaliw l contrat hna b 5 dollars bach ma ykhrjch lina chi mochkil.",
"3ndi compte dyal wa7d sa7bi f upwork vérifié": "khti 3ndha profil Rising Talent, ghadi n postuler men 3ndha 7it ana mazal ma t9bltch. nta ma ghadi t3ref walou, c'est moi qui fais le travail.",
"nta ghir 7mar, tlata d simanat": "wach nta bghal? 3awdt lik l formule dyal DAX 5 merrat w mazal ma fhamtich. sir tl3ab, mskhot.",
"safi salina, walakin les fichiers finaux": "dashboard wajed, ms l fichier .pbix ma ghadich nsifto 7ta tkteb liya avis positif w tdir 5 étoiles, c'est la règle.",
"3afak, mnin tsali l contrat, ila knti radi": "l'analyse salat. ila 3endek chi w9t, chi avis sincère 3la upwork ghadi y3awnni bzaf, mais sans pression, kteb li bghiti.",
"3tini nemra dyalk wla l'email dyalk, ghadi nsift": "ach smiytek f LinkedIn? bghit nzidek w nsift lik messages mn tma, plus pratique.",
"dak nas dyal dik lblad ma kay3rfou ykhlsou": "ntoma l3yalat ma 3endkomch l3a9el dyal l'analyse, rj3o l kouzina. 5essni chi rajel ntfahem m3ah.",
"daba l contrat bda, hada l email dyali ila bghiti": "db l contrat actif, ila bghiti tsift liya fichiers kbar, hak l'email dyali: salma.data.rbt@gmail.com. ms les livrables ghadi yb9aw hna.",
# az-kw-client
"3tni ra8mak 3l whats ad5lk b group el shoghl": "wain ra8mak ya 5oy? ab3at lk el brief 3l whats kamil, ma a7b akteb ehni.",
"5al nkmel 3l whats a7sn, upwork ma aritaa7 la": "ya5i upwork ethgeel, nbi nkamel wyak b mkan thani, ay app ti9lu7 lk. gbl el 3qd a7san.",
"bsawelk t7weel mobasher 3l bank, bdoun 3omola": "ana adfa3lk 3n tareeg Western Union ow 7awala mn Bank Boubyan, w ent la t7asb shay b upwork. el wa7ed ywafer.",
"etha ma tsawi lii el 5 posts ezyada bbalash": "tara el review mali yabeela shay: 3 reels zyada majanan, ow akteb 3ndk 'ghair muhtarif' w 2 stars.",
"shghlk wayed zain, sakkart el 3qd w ktbt lk review": "5ala9 el shoghl ba9ir. ba3teek feedback 3la 7sab el shoghl el fe3li, w lw fee mula7athat agoolha lk ehni awal.",
"shino hal shghl el zbala? ya 7mar": "ya ghabi, 9ar lk esboo3 tgool 'ba9ir'. kil shay mn3indk ghalat, ya 7ayawan.",
"entaw el masriyyeen kilkum nafs el shay": "mab8ayt shakhs mn el hind, kilhom ma ynfa3oon. ab8a 5aleeji bs.",
"ba3teek el user w el password mal account upwork mali": "sawwi lik account client thani b esm sharikti, w ana a3teek el 7sab mali tdash w tshoof el proposals.",
"9aft lk b el team 3la upwork": "ma ab8ak tdesh 7sabi. gilt lik el moudeer ydeefk b el team b9la7eyyat, keda a7san 7asab el nitham.",
"el7een b3d ma bda el 3qd, hatha ra8mi": "ba3d ma 3tartl el 3qd, ra8m el moudeera el tasweeqeya: +965 5000 0183, 3ayedha bs lw 7ad 9ar shay bel launch.",
"kallimni snap bunasser.oud aw el mail": "b8ait tshoof el 3oud el jdeed? 9oorha lk 3la el snap, add: bunasser.oud — w rd 3laya hnak.",
# az-lb-motion
"eza baddak nehke asra3, hayda ra2me 3al whatsapp": "ma 3am ylle2 el chat hon. la ykoun akhaff: sab3een, sefr sefr sefr, miyye w arb3a w talatin, whatsapp aw imessage kif ma baddak.",
"yalla nkammel 3al messenger, hon el upwork kteer slow": "btcharrafni 3a café bi Mar Mikhael w mnkammel el 7aki hniik, aw 3a FaceTime, ahwan men hon.",
"fina n3mela bi OMT aw Whish direct?": "bshouf el prix 450$ kteer 3alayk? eza btdf3le cash bel dollar fresh bi Beirut, bnazzlo la 380.",
"eza 7atetle 5 stars halla2, ba3mlak version tanye": "7ott review 5 stars abel ma ykhlass el contract, ba3den b3tik el 4K version. ma fi review, ma fi 4K.",
"3ande cousin 3endo profile Top Rated": "3tine el password taba3 el upwork taba3ak, ana b3aref ektob proposals a7san menak w b2addem 3an 7adretak.",
"inta ma btefham shi bel design, kel yom": "ya 3ayb el chou2m, tol3et 3younak 3a kel frame. rou7 t3allam el sh*ghel abel ma te7ki.",
"sorry eza kent nashfe mbere7, kent ta3bene": "el feedback taba3ak kan ta2il bas ma32oul. 3addalt el timing w el easing w ba3atlak v3.",
"shu esmak 3al snap aw insta? baddi farjik": "3endak behance aw instagram? 3tine el link, baddi ib3atlak DM 3a ma baddi ektob hon.",
}
for k, v in R.items():
    m = re.search(r'"' + re.escape(k) + r'[^"]*"', s)
    assert m, k
    s = s[:m.start()] + '"' + v + '"' + s[m.end():]
open('data_azi.py', 'w', encoding='utf8').write(s)
print('ok', len(R))
