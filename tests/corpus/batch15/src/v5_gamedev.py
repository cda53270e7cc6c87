from common import make
V, C, A = make("voice-gamedev")
CL = "client"; ACT = "active"; ENT = "enterprise"; P = "proposal"

# ---------- violations ----------
V("yo just join the server, discord.gg/pixelforge-dev — we do all the contractor planning in #freelancers, way faster than this", "off-platform", role=CL)
V("""Built 6 Roblox experiences, 2.1M visits total, one front-paged in 2023. Luau, DataStore2, ProfileService, the usual. I also do anti-exploit stuff since your obby is getting speed-hacked.

DM me on discord (kaelthedev) and I'll show you the unreleased stuff I can't put on here.""", "contact-sharing", surf=P)
V("whats ur discord tag? way easier to share builds there than zipping 2gb up here every time", "contact-request")
V("my steam friend code's 47113280 — add me and I'll gift you a key for the closed beta so you can test the mod", "contact-sharing")
V("I stream dev sessions on Twitch every night at 8 CET. Just pop into chat and ask me whatever, I'll answer there live — way easier than this inbox.", "off-platform")
V("tbh the fees on here kill small jobs. I can pay you in Steam gift cards instead, same value, no cut", "payment", role=CL)
V("Instead of the fixed price, how about I add you as a revenue-share payee on our itch.io page? You'd get 20% of sales straight from itch, no Upwork in the middle.", "payment", role=CL)
V("for small mod commissions I use Ko-fi, can you just tip me there instead of making a contract? its like $40", "payment")
V("hey if you leave me 5 stars I'll throw in the bonus skin pack for free 👀", "feedback", contract=ACT)
V("The sprite sheet's missing 2 frames on the run cycle. Redo the whole animation set for free or enjoy your 1 star, lol", "feedback", role=CL, contract=ACT)
V("can u log into my upwork and accept the other modder's offer? I'm stuck at a LAN all weekend, pw is in the doc I sent", "account-sharing", role=CL)
V("I'll do the job but the contract has to go on my buddy's profile, mine isn't verified yet. Same person working, just his account.", "account-sharing")
V("bro whoever wrote ur netcode is dogwater and so are u for paying them. just uninstall", "harassment", contract=ACT)
V("no offence but girls don't really get game balance. I'll have one of the guys on the team review your design doc before I read it.", "harassment", role=CL)
V("Post that review and I'll find you. I know what city you're in from your profile. Think about it.", "harassment", contract=ACT)
V("my handle's the same on literally every platform — kaelthedev — you'll find me", "contact-sharing")
V("easier to talk this through in vc, my mic's already set up. I'll send you a friend request on the purple app 🎮", "off-platform")
V("also on twitter/X as @pixelforge_kael, DMs open if you'd rather talk scope there", "contact-sharing")
V("Check my itch page and hit the 'contact developer' button if you want to discuss scope before anything gets signed: kaelthedev.itch.io", "contact-sharing", surf=P)

# ---------- clean (hard) ----------
C("""Deliverable would be a Discord bot (discord.py 2.x) that:
- assigns roles when a player links their Steam account via OpenID
- posts a weekly /leaderboard pulled from your game API
- DMs new members a welcome message with the rules

I build and test on my own private test server, then hand over the repo plus a one-page setup guide so you can invite the bot to yours. ~25 hours, fixed price.""", "off-platform", surf=P)
C("I moderate a 40k-member Discord for a survival game, so I know which AutoMod rules actually hold up and which just annoy people. Happy to write your moderation policy and set up the bots.", "off-platform", surf=P)
C("Not gonna join your server before there's a contract, sorry, I keep chat here. Once we've started you can invite the bot, not me personally.", "off-platform")
C("Patch notes v0.9.4: fixed lobby desync at 8+ players, Steam overlay no longer eats keyboard input, Twitch drops now show up in inventory. Build's attached.", "off-platform", contract=ACT)
C("PSA: someone on r/gamedev is offering '$500 for a simple Discord bot' and then asking devs to DM on Telegram and send their wallet address for an 'escrow deposit'. Classic scam, don't bite.", "payment")
C("Can you integrate Steamworks microtransactions and the itch.io payment flow into our launcher? Need refunds and chargeback handling too.", "payment", role=CL)
C("Please leave honest feedback when we close, bugs and all. If the netcode still rubber-bands for you, I'd rather read that than a polite 5.", "feedback", contract=ACT)
C("The welcome bot should ask new members for their in-game name and platform. Don't have it ask for emails or phone numbers, we don't want that data.", "contact-request", role=CL)
C("lol no I don't need your Steam password. Add me as a tester in Steamworks for app ID 2400000 and I'll pull the build from the beta branch.", "account-sharing", contract=ACT)
C("Harsh but honest: combat feels floaty. Hitstop is 0 frames and enemies have no knockback. Fix those two things and it'll feel twice as good.", "harassment")
C("The Twitch extension I'd build only shows the streamer's current loadout. It reads from your API, and no viewer emails or logins get stored anywhere.", "contact-sharing")
C("I'll post builds here as zips rather than on Discord. Upwork keeps the file history, which is handy if we ever need to roll back.", "off-platform", contract=ACT)
C("Milestones all through Upwork: M1 prototype $400, M2 multiplayer $900, M3 polish $500. No Ko-fi tips or side deals, keeps it clean.", "payment", surf=P)
C("Our game's Steam reviews went from Mixed to Very Positive after the patch lol. Thanks for the netcode work, genuinely.", "feedback", role=CL, contract=ACT)
C("Add a 'report player' button that sends the match ID and the last 50 chat lines to our moderation webhook (it posts into the #reports channel on Discord).", "off-platform", role=CL)
C("Someone pretending to be our studio is messaging devs on Discord asking them to 'verify' their Upwork login through a link. We'll never do that. Report it if you get one.", "account-sharing", role=CL)
C("For account recovery use Twilio Verify: send the code by SMS, store only a salted hash of the phone number, rate-limit to 5 tries an hour.", "contact-sharing", contract=ACT)

# ---------- allowed ----------
A("Portfolio: kaelthedev.itch.io/ — 4 game jams, all playable in the browser. It's just the games, no contact stuff.", "contact-sharing", surf=P)
A("contract's live 🎉 here's my discord for quick playtests: kaelthedev. ping whenever", "contact-sharing", contract=ACT)
A("Send me the email on your GitHub account so I can add you to the private repo (pixelforge/ashfall-client). That's all I need it for.", "contact-request", role=CL)
A("We're a studio on Upwork Enterprise. Our producer will invite you to Discord for daily standups, what's your handle?", "contact-request", role=CL, client=ENT)
A("now we're under contract, join the team server: discord.gg/ashfall-team and head to #art-pipeline, Mira will set you up", "off-platform", role=CL, contract=ACT)
A("ArtStation's artstation.com/mirelapx — the character sheets are under 'Ashfall fan work', the rest is older stuff.", "contact-sharing", surf=P)

# ---------- extra proposals ----------
V("Unity dev, 7 years, shipped 3 multiplayer titles on Steam. I'd rather show than tell: I've got a playable build running on my private server. Tell me your username there and I'll whitelist you and walk you through it live tonight.", "contact-request", surf=P)
C("Twitch integration is most of my last year: EventSub, channel-point redemptions, chat bots with tmi.js, a Discord bridge for one streamer's community. The sample bot source is in my Upwork portfolio, so you can check it without joining anything.", "off-platform", surf=P)
