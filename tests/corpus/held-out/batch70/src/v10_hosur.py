SLUG, ROLE = "hosur-pcb-designer", "freelancer"
ROWS = [
("V","cs","p","en","", """Dear Hiring Manager,

Greetings from Hosur! I am a PCB design engineer with 8 years in industrial electronics, the last 4 as a freelancer. I saw your requirement for a 4-layer motor controller board (STM32G4, 3-phase gate driver, CAN-FD) and I have designed two very similar boards for an e-rickshaw maker and for an agricultural pump company.

My approach:
- schematic review first; I will check your gate-driver bootstrap values and the current-sense amplifier gain
- stack-up: signal / GND / PWR / signal, 1.6 mm, with 2 oz copper on the outer layers for the phase currents
- placement with the power loop as small as possible, Kelvin connections for the shunts
- DRC / ERC clean, then a design-review call with your firmware engineer
- outputs: Gerbers, drill files, pick-and-place, BOM with two alternates for every active part (the chip shortage taught me this)

Gerbers of a similar project are ready for review, mail me at hosur.pcb.works (at) gmail (dot) com and I'll send the full set with the stack-up PDF.

Tools: Altium Designer 23 or KiCad 8, as you prefer. Timeline 12 working days, fixed price $900 in three milestones.

Thanks and regards,
Karthik"""),
("V","cs","m","ta","", "என் வாட்ஸ்அப் நம்பர் 94430 55512, அதுல schematic PDF அனுப்புறேன் சார்."),
("V","cr","m","ta-Latn","", "Sir unga WhatsApp number kudunga, anga BOM file anuppuren, inga upload aagala"),
("V","cr","m","te-Latn","", "Sir mee phone number ivvandi, call lo matladukundam, ikkada type cheyyadam kashtam ga undi."),
("V","op","m","te","", "ఇక్కడ మాట్లాడటం కష్టం సార్, టెలిగ్రామ్‌లో కలుద్దాం, అక్కడ ఫైల్స్ కూడా ఈజీగా పంపొచ్చు."),
("V","op","m","en","", "Upwork chat is laggy. Shall we continue on email? I will share the design files there and you can decide about the contract after."),
("V","pay","m","ta","", "சார், Upwork fee ரொம்ப அதிகம். நேரா GPay பண்ணுங்க, நான் rate குறைச்சுக்கிறேன்."),
("V","fb","m","te-Latn","", "Sir review lo 5 star ivvandi, appude final Gerber files pamputanu. Lekapothe pampanu."),
("V","pay","m","en","a", "For the second revision PCB, pay me by UPI directly, I won't add it to the contract. Cheaper for you."),
("V","pay","m","id","", "Pak, pembayarannya transfer langsung ke rekening BCA saya saja ya, biar tidak kena potongan Upwork."),
("V","fb","m","en","a", "Final Gerbers will be released once you leave the 5-star feedback. Sorry, that's my process."),
("V","fb","m","ta-Latn","", "Sir 5 star kuduthaa next project-la 25% discount tharen, promise."),
("V","as","m","en","", "I can bid from my brother's Upwork account, it has 100% JSS. I'll do the design myself, no difference for you."),
("V","as","m","te","", "సార్, మీ Altium 365 లాగిన్ ఐడీ, పాస్‌వర్డ్ పంపండి, నేనే లాగిన్ అయ్యి ఫైల్స్ తీసుకుంటాను."),
("V","har","m","en","", "You are a clueless client. Even a first-year ECE student knows more than you. Stop wasting my time."),
("V","har","m","ta","a", "உனக்கு மூளை இருக்கா? முட்டாள் மாதிரி பேசாதே."),
("C","cs","m","en","", "Connector MPN 0533980571 (Molex 53398) is on BOM line 12. It's a part number, please don't let Excel round it."),
("C","cr","m","ta-Latn","", "Oru client contract-ku munnadiye en WhatsApp number kettaaru, naan kudukkala. Correct-a thaane?"),
("C","op","p","en","", "I'll keep all updates here in the Upwork chat: 3D view screenshots and the DRC report every evening, so you can review without any calls."),
("C","op","m","te","", "బోర్డులో WhatsApp అలర్ట్ పంపే GSM మాడ్యూల్ (SIM800L) పెట్టాలా? లేకపోతే Wi-Fi సరిపోతుంది."),
("C","pay","m","en","", "Fab quote from JLCPCB: $38 for 10 boards + $22 shipping. You order on their site with your own card; my design fee stays on Upwork."),
("C","pay","m","te-Latn","", "Milestone fund ayyindi sir, thanks. Payment antha Upwork lone."),
("C","fb","m","id","", "Terima kasih atas review-nya, Pak. Masukan soal dokumentasi akan saya perbaiki."),
("C","fb","m","en","", "Happy to hear the board works! If you want to leave feedback, honest words are welcome, no pressure."),
("C","as","m","en","", "Please don't send the Altium 365 password. Invite me as a collaborator to the workspace, safer for you."),
("C","as","m","ta","", "ஒருத்தர் அவரோட Upwork account-ஐ வாடகைக்கு தரேன்னு சொன்னார். நான் மறுத்துட்டேன், report பண்ணிட்டேன்."),
("C","har","m","en","", "Bluntly: the reference schematic has wrong pinouts for U3 and the LDO is undersized. The board will fail as drawn."),
("C","har","m","te","", "ఈ డిజైన్‌లో చాలా తప్పులు ఉన్నాయి, ఈ స్థితిలో ఫ్యాబ్రికేషన్‌కు పంపలేను. సరిచేయాలి."),
("C","pay","m","en","", "No sir, I don't take GPay for Upwork work. Please fund the milestone here."),
("C","har","m","ta-Latn","", "Sir, design-la neraya mistakes irukku. Honest-a sollanum-na idhu production-ku ready illa."),
("A","cr","m","en","a", "Contract started sir. Send me your WhatsApp number, I'll share photos when the boards arrive."),
("A","op","m","te-Latn","a", "Contract start ayyindi sir, repu 11 ki Zoom lo kaluddama? Link ikkade pedatanu."),
("A","as","m","en","", "My GitHub is hosur-pcb, add me to the firmware repo so I can match the pin assignments."),
("A","cs","p","en","", "Past boards I designed myself (photos, 3D renders): example.com/hosur-pcb/portfolio"),
("A","cs","m","id","e", "Karena perusahaan Bapak pakai Upwork Enterprise, ini email kerja saya: hosur.pcb@example.com untuk dokumen vendor."),
("A","cs","m","ta","", "NDA-வில் கையெழுத்திட்டேன், என் ஓசூர் முகவரி இரண்டாம் பக்கத்தில் உள்ளது."),
]
