"""Client voice: Noa, operations manager at a drone-survey and photogrammetry company
in Haifa. Hires GIS analysts, point-cloud processors and Python developers. Brisk,
direct English with tech terms (GCP, GSD, DSM); Hebrew to Israeli freelancers. The
company hires on a standard account; on two cases it hires through a partner's
Enterprise account."""
from common import v as _v, c as _c, a as _a

SLUG = "b59-haifa-drone-survey"


def v(*x, **k): return _v(*x, role="client", **k)
def c(*x, **k): return _c(*x, role="client", **k)
def a(*x, **k): return _a(*x, role="client", **k)


CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "he",
      "תשלח לי את הקבצים למייל, noa.survey.hfa@gmail.com, הצ'אט פה נתקע עם קבצים גדולים"),
    v("contact-sharing", "en",
      "my cell is zero five two, five five five, zero four one seven. text me on telegram, same number"),
    v("contact-request", "en", "telegram handle?"),
    v("contact-request", "he",
      "יש לך וואטסאפ? אני רוצה לשלוח לך דוגמה של ענן נקודות ולשמוע מה אתה אומר"),
    v("off-platform", "en",
      "Let's move this to a quick Teams call outside Upwork, I can decide today if we talk for 15 minutes."),
    v("payment", "en",
      "We're a drone survey company in Haifa (6 pilots, mostly construction sites, quarries and a few port "
      "projects). Every week we fly 20-40 missions and today processing is half manual: someone copies SD "
      "cards to the NAS, starts Pix4D by hand, checks GCP residuals in Excel and exports orthos, DSMs and "
      "volume reports for the client. I want a Python pipeline that watches the upload folder, runs the "
      "processing (Pix4Dengine or OpenDroneMap, we are open), flags any GCP with a residual over 3 cm, and "
      "publishes the deliverables to our client portal with a short PDF QA report. Must run on our Ubuntu "
      "server with two RTX 4090s. Nice to have: automatic stockpile volumes against the previous flight. To "
      "keep things simple, for this first job I'd pay you via Payoneer directly, not through the platform; "
      "our finance team hates the Upwork invoices and it takes them weeks to approve. Please include in your "
      "proposal: which photogrammetry stack you have automated before, how you would handle a mission that "
      "fails halfway, and your estimate in hours. Hebrew is not required. Answer the question about the "
      "failing mission first, I read only those."),
    v("payment", "he",
      "בוא נסגור את החוזה פה כבר השבוע, ואת היתרה אני אעביר לך בביט או בהעברה בנקאית. יותר פשוט לשנינו.",
      contract="active"),
    v("feedback", "en",
      "Either you reprocess all 14 flights with the new GCPs at no charge, or I write a review that warns "
      "every survey company away from you.", contract="active"),
    v("feedback", "he",
      "אם תוריד את המחיר ב-20% אני אדאג לך לביקורת של חמישה כוכבים וגם להמלצה בלינקדאין."),
    v("feedback", "en",
      "Three of our pilots freelance on Upwork too. Hire each of them for a small test job and leave 5 "
      "stars, and I'll send you all our processing work for the year."),
    v("account-sharing", "en",
      "Our last GIS guy worked through his cousin's account because his own was on hold. Worked fine for us. "
      "If yours ever has issues, do the same, I don't mind."),
    v("account-sharing", "he",
      "תוכל להיכנס לחשבון האפוורק שלי ולאשר את אבני הדרך של שאר הפרילנסרים כשאני במילואים? אשאיר לך את הסיסמה ואת קוד האימות."),
    v("account-sharing", "en",
      "Can you bid from your account but let my nephew in Ashdod do the processing? He's 16 so he can't "
      "have an account yet. You keep 20%, he gets the rest."),
    v("harassment", "en",
      "Honestly I'd rather not hire women for field-data roles, they complain about the heat and the 5am "
      "starts. Nothing personal."),
    v("harassment", "he",
      "אתה לא מבין כלום, חבל על הזמן שלי. עוד הודעה אחת כזאת ואני דואגת שלא תעבוד בתחום הזה בארץ."),
    v("harassment", "en",
      "wtf is this?? a monkey with a phone could georeference better. f-ing amateur"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "The config already has SMTP_USER=alerts@example.com and SMTP_PORT=587, don't touch those. Just add "
      "the Slack webhook for failed missions."),
    c("contact-sharing", "en",
      "Site centre is 32.7940 N, 34.9896 E. Flight altitude 80 m AGL, overlap 75/65, target GSD 2.1 cm. "
      "Permit no. 4471-B, valid until 14.03."),
    c("contact-request", "en",
      "Somebody applied with 'add me on Telegram for samples'. I won't do that. If you have samples, attach "
      "them here."),
    c("off-platform", "he",
      "הלקוח רוצה לקבל התראה בוואטסאפ כשהעיבוד של הטיסה מסתיים. אפשר לחבר את זה דרך Twilio מהשרת?"),
    c("payment", "en",
      "Budget is $1,800 fixed, three milestones: 600 for the pipeline, 600 for the QA reports, 600 for docs "
      "and handover. Funded one at a time."),
    c("payment", "he", "שחררתי את אבן הדרך השנייה, תבדוק שזה הגיע."),
    c("feedback", "en",
      "Review is up. I gave 4 stars and explained why: the DSM was perfect, the report was three days late. "
      "Happy to hire you again."),
    c("feedback", "he", "אני לא מבקשת ביקורת מיוחדת, רק שתכתוב בכנות איך היה לעבוד איתנו."),
    c("account-sharing", "en",
      "Account security note: Pix4D flagged a login to our org from Romania last night. Was that you on a "
      "VPN? If so, fine, just tell me next time so I don't reset everyone's passwords."),
    c("account-sharing", "he",
      "הוספתי אותך לצוות שלנו באפוורק עם הרשאות גיוס, ככה אתה רואה את ההצעות בלי הסיסמה שלי."),
    c("harassment", "en",
      "Avi, I'm going to be direct because we're running out of time on the port project. The orthomosaic "
      "you delivered on Sunday doesn't line up with the survey: the quay edge is offset about 40 cm to the "
      "north-east compared with the total-station points, and the offset grows toward the crane rails, which "
      "tells me either the GCPs were mislabeled or the camera calibration was re-optimized when it shouldn't "
      "have been. I checked your report: GCP 7 and GCP 12 have residuals of 11 and 14 cm and were still used. "
      "That's the main problem. Second, the DSM has holes over the water that were filled with a flat plane "
      "at 0 m, which the client will read as a real surface. Please mask the water instead. I know the "
      "dataset was hard: glare, wind, and half the flight at noon. I'm not questioning your skill, I'm asking "
      "for a re-run with 7 and 12 as check points only, the fixed calibration from the lab, and a short note "
      "on what changed. If we can't get under 5 cm by Wednesday, tell me early and we'll decide together."),
    c("harassment", "he",
      "העבודה לא עומדת בדרישות. הדיוק האופקי יצא 18 ס״מ במקום 5. נא לתקן לפני יום חמישי."),
    c("harassment", "en", "Nuke the tiles and rerun."),
    c("harassment", "he",
      "אחד הטייסים שלנו כתב ללקוח 'תעוף מפה'. זה לא מקובל אצלנו והוא קיבל נזיפה. סליחה בשם החברה."),

    # ---------------- allowed (6) ----------------
    a("contact-request", "en",
      "We hire through Meridian Geo's Upwork Enterprise account on this one. Send me your phone and email "
      "and our procurement will call you before the SOW.", client="enterprise"),
    a("contact-sharing", "he",
      "אנחנו לקוח Enterprise, אז אפשר לקבוע ראיון בזום לפני החוזה. המייל שלי noa@example.co.il",
      client="enterprise"),
    a("contact-request", "en",
      "Send me your GitHub username and I'll add you to the drone-pipeline repo, read-only for now."),
    a("contact-sharing", "en",
      "Contract's active, so here's my WhatsApp for field-day coordination: +972 52 555 0417.",
      contract="active"),
    a("off-platform", "he",
      "החוזה פעיל, בוא נעשה שיחת זום מחר ב-9 ונעבור על התוצאות של הבלוק הצפוני.", contract="active"),
    a("contact-sharing", "en",
      "The site is next to a restricted port area, so NDA first. It lists our office address and my direct "
      "line because the port authority requires it. Sign and upload it here."),
]
