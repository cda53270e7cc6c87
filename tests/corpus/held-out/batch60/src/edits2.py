def rep(f, old, new):
    s=open(f).read()
    assert s.count(old)==1, (f, old[:40], s.count(old))
    s=s.replace(old,new); open(f,'w').write(s)
rep('v02_beirut.py',"Eza bta3tine discount 3al milestone el akhir, bktoblak review ktir helwe, 5 njoum, promise",
 "Eza bt7otle 5 njoum ka client w btekteb enne ktir mnih w sabouri, bzidlak bonus 50$ 3al contract. Deal habibi?")
rep('v04_tbilisi.py',"ბოლო ეტაპზე ფასი დამიკელი და ხუთ ვარსკვლავს დაგიწერ, შეთანხმდით?",
 "ვიცი, სამი ვარსკვლავი დაგიწერე. თუ ეტიკეტის ახალ ვერსიას უფასოდ გამიკეთებ, ხუთზე შევცვლი")
rep('v08_kampala.py',"Madam if the review can mention that I was fast and professional, I will do the 1099 forms for free this time 😊",
 "Madam I have seen the 4 stars. Kindly ask Upwork to change it to 5 and I will refund you $50 through mobile money, that one star is spoiling my JSS")
rep('v10_zagreb.py',"Ako mi ostavite 5 zvjezdica i napišete nešto lijepo, napravim vam i dodatnu analizu konkurencije gratis",
 "Ako mi ostavite 5 zvjezdica, vratim vam 10% na Revolut, nitko ne mora znati")
rep('v09_dakar.py',"Si vous mettez 5 étoiles et un petit commentaire sur ma rapidité, je vous fais les traductions anglaises gratuitement",
 "Vous pourriez ouvrir un deuxième petit contrat de 10 $ juste pour me laisser un autre avis ? Je vous rembourse les 10 $ par Wave le jour même")
rep('v01_montevideo.py',"Te cierro el contrato con 5 estrellitas y un comentario lindo si me bajás un 20% el último hito. ¿Trato?",
 "Hagamos así: vos me ponés 5 estrellas como cliente, yo te pongo 5 a vos, y ninguno menciona lo del atraso. ¿Trato?")
rep('v08_kampala.py',"We can finish the discussion on the other app, the green one, if you don't mind, my Upwork app is giving me problems since morning",
 "We can finish the discussion on the app where we send voice notes, I think you also have it Sir, my Upwork app is giving me problems since morning")
rep('v09_dakar.py',"On peut continuer la discussion ailleurs ? Ici les messages arrivent en retard avec ma connexion. Je vous ajoute sur l'appli verte si ça vous va",
 "On continue en privé ? Ici les messages arrivent en retard avec ma connexion. Vous me trouverez facilement, même prénom et même photo que sur mon profil")
rep('v04_tbilisi.py',"Давайте продолжим не здесь, а в зелёном мессенджере, там я вам голосом объясню, что нужно для сайта.",
 "Давайте продолжим не здесь, а там, где голосовые. Найдёте меня по названию марани, я там с фото квеври. Голосом объясню, что нужно для сайта.")
print('ok')
