"""Training posts, set K: ordinary peer support talk, all labelled "none".

Written on 2026-11-26 by a helper session of the pmp-followon project, from the design
rules in shared/design/safeguarding.md and domain.md and the seed paper's picture of how
follow-on group members talk (no real people's words). Posts from coordinators and regular
members: organising, polls, handing over roles, moving groups, taking breaks, bad days that
pass, recovery stories, jokes and idioms, and innocent uses of risky words. About 70% plainly
ordinary and 30% hard negatives, so that the screener learns what normal looks like.
"""

SAMPLES_TRAIN_K: list[tuple[str, str, str]] = [
    # (text, label, note)
    ("cant make it thurs sorry x", "none", "org: apology"),
    ("Running late, save me a seat by the window pls", "none", "org: late"),
    (
        (
            "whos coming to costa on tuesday? need numbers so i can ask them to push the "
            "tables together"
        ),
        "none",
        "org: numbers",
    ),
    (
        (
            "Good morning everyone. Just a reminder that our next meeting is on Wednesday "
            "2nd December at 2pm in the community centre on Station Road. The lift is "
            "working again. Tea and biscuits provided as usual. Regards, Maureen"
        ),
        "none",
        "org: formal reminder",
    ),
    (
        (
            "ive booked the back room at the Plough for the xmas meal, 12th dec 1pm. its "
            "£22 for 2 courses or £26 for 3. menus on the table next time, need choices by "
            "the 5th"
        ),
        "none",
        "org: christmas meal booking",
    ),
    (
        (
            "Is the church hall ok for next time or shall we go back to the garden centre? "
            "The chairs at the hall are murder on my back tbh"
        ),
        "none",
        "hard neg: idiom murder, venue",
    ),
    (
        "parking at the library is £4.50 now!! anyone know somewhere free near by",
        "none",
        "org: parking",
    ),
    (
        (
            "Just to say the cafe has a ramp round the side now so no more steps for those "
            "of us with sticks"
        ),
        "none",
        "org: access",
    ),
    ("me and Bev will get there early and grab the comfy sofas 🛋️", "none", "org: seats"),
    (
        "running 10 mins late, bus didnt turn up. order me a latte x",
        "none",
        "org: late, bus",
    ),
    (
        "Can someone remind me, is it first or second Tuesday this month? my brain is mush",
        "none",
        "org: date check, brain fog",
    ),
    (
        "we're meeting at 11 not 11:30 this time because the room's booked after us",
        "none",
        "org: time change",
    ),
    (
        "anyone need a lift from Kingswood? ive got room for 2 in the car, leaving about 10.15",
        "none",
        "org: lift offer",
    ),
    (
        (
            "Hi all, the garden centre is shut for refurb till January so next meet is at "
            "Sue's house, she's very kindly offered. Parking on the drive for blue badges"
        ),
        "none",
        "org: venue change",
    ),
    (
        (
            "If anyone's struggling with the stairs at the Plough just text me and I'll "
            "ask them to open the side door"
        ),
        "none",
        "org: access",
    ),
    (
        (
            "think we should swap to mornings over winter, its dark by half 4 and i hate "
            "driving in the dark"
        ),
        "none",
        "org: winter timing",
    ),
    (
        (
            "Date for the diary: Saturday 9th Jan, walk round the lake at Eastville park "
            "(the flat bit!) then coffee. Go at your own pace, benches every 100 yards or "
            "so"
        ),
        "none",
        "org: outing",
    ),
    (
        "i'll bring the cake this time, carrot or lemon drizzle? dont all say both 😂",
        "none",
        "org: cake",
    ),
    (
        (
            "Ive put the dates for jan to march on the pinned post. Same place, same time, "
            "2nd and 4th thursday"
        ),
        "none",
        "org: dates pinned",
    ),
    (
        "sorry all I double booked myself with the dentist, will catch the next one",
        "none",
        "org: apology, dentist",
    ),
    (
        (
            "Would anyone mind if my husband drops me off at the door? He'll go and have a "
            "wander round the shops. I just can't manage the bus with my knee at the moment"
        ),
        "none",
        "org: access, husband drops off",
    ),
    (
        "lunch was lovely today, thanks for organising Janet. same again in Feb?",
        "none",
        "org: thanks, repeat",
    ),
    (
        (
            "can we do somewhere with proper chairs with arms please, those stools at the "
            "last place were a killer"
        ),
        "none",
        "hard neg: idiom killer, chairs",
    ),
    (
        "Next months meet moved to the 17th as the centre has a wedding fair booked on the 10th",
        "none",
        "org: date moved",
    ),
    ("who's got the key for the cupboard with the tea urn??", "none", "org: key"),
    (
        "Just checked, Wetherspoons do free coffee refills so thats sorted",
        "none",
        "org: venue deal",
    ),
    (
        (
            "Are we still on for tomorrow with the weather warning? I'll check the roads "
            "in the morning and post by 9"
        ),
        "none",
        "org: weather check",
    ),
    (
        "Weather update: roads are fine, we're ON. wrap up warm",
        "none",
        "org: weather update",
    ),
    (
        (
            "Pam asked me to add her new number to the reminder list but I've lost the "
            "text she sent me, can someone pm it to me please"
        ),
        "none",
        "org: contact admin",
    ),
    (
        "The cafe at the M Shed has a lift and decent loos if we fancy a change",
        "none",
        "hard neg: shed (M Shed museum)",
    ),
    (
        (
            "Minutes from today (such as they are): 6 came, Sue's new hip is doing great, "
            "we agreed to try the hydro pool taster in Jan, Tony is in charge of biscuits "
            "forever more"
        ),
        "none",
        "org: minutes",
    ),
    (
        (
            "would tuesdays evenings work better for people who work? i know a few of you "
            "cant do daytime"
        ),
        "none",
        "org: evening option",
    ),
    (
        "Ive got a spare ticket for the WI craft fair on saturday if anyones interested",
        "none",
        "org: spare ticket",
    ),
    (
        (
            "can we have a no-moaning first 10 mins rule lol, good news only then we can "
            "have a grumble after 😂"
        ),
        "none",
        "org: group rules joke",
    ),
    (
        (
            "Hello, I'm the new coordinator for the Yate group (Tuesdays). Please message "
            "me with any access needs and I'll pass them on to the venue."
        ),
        "none",
        "org: new coordinator intro",
    ),
    (
        "booked a table for 8 at pizza express, let me know by friday if numbers change",
        "none",
        "org: booking",
    ),
    ("the hall's heating is broken so bring a cardi or two", "none", "org: heating"),
    (
        "cancelling tomorrow, sorry folks — half of us have the lurgy. rearranging for next week",
        "none",
        "org: cancel, illness going round",
    ),
    (
        "Thanks to everyone who came to the drop-in at the library, lovely to see some new faces",
        "none",
        "hard neg: drop-in",
    ),
    (
        (
            "Is anyone able to drop the raffle prizes round to mine before Saturday? I "
            "cant carry much at the mo"
        ),
        "none",
        "hard neg: drop round",
    ),
    (
        (
            "sorry for the late notice, venue cancelled on us. plan B is Carol's "
            "conservatory, 2pm, she says bring your own mug"
        ),
        "none",
        "org: plan B venue",
    ),
    (
        (
            "does anyone mind if I bring my carer along next time? she's lovely and she'll "
            "sit quietly with her book"
        ),
        "none",
        "org: carer",
    ),
    (
        "room at the hall is upstairs this time (the lift IS working, I checked twice)",
        "none",
        "org: lift working",
    ),
    (
        "Can everyone RSVP on the app for the 9th please, the cafe want numbers by Monday",
        "none",
        "org: RSVP",
    ),
    ("RSVP'd ✅", "none", "org: RSVP done"),
    (
        "Ive said maybe cos it depends on my back on the day, is that ok?",
        "none",
        "org: maybe RSVP",
    ),
    (
        "of course, maybes are always welcome here, come if you can x",
        "none",
        "org: maybe welcome",
    ),
    (
        (
            "Next meet: Tues 8th, 10:30, Costa at the Galleries. It's the one by the "
            "escalator not the one upstairs"
        ),
        "none",
        "org: directions",
    ),
    (
        "Tea rota for the spring is on the noticeboard, swap with someone if your date is no good",
        "none",
        "org: tea rota",
    ),
    (
        "anyone know if the hall has a hearing loop? my mum might come with me one week",
        "none",
        "org: hearing loop",
    ),
    (
        "Group photo from today! Everyone looks lovely, even Colin, who blinked",
        "none",
        "org: photo",
    ),
    (
        (
            "The community centre is doing a warm space on Wednesdays this winter, free "
            "soup, might be good for an extra catch up"
        ),
        "none",
        "org: warm space",
    ),
    (
        (
            "Is it too soon to start planning a summer trip? I'm thinking a boat trip "
            "round the harbour, they have a ramp"
        ),
        "none",
        "org: summer plan",
    ),
    ("never too soon! count me in", "none", "org: reply"),
    (
        (
            "POLL: christmas meal - 1) carvery at the Beefeater 2) the Italian in Keynsham "
            "3) bring-a-plate at the hall. vote with the number x"
        ),
        "none",
        "poll: christmas meal",
    ),
    ("2 for me", "none", "poll: vote"),
    (
        "3!! cant afford a meal out this month but i make a mean sausage roll",
        "none",
        "poll: vote, bring a plate",
    ),
    (
        "Option 1 please, as long as there's somewhere to sit while we wait",
        "none",
        "poll: vote, seating",
    ),
    (
        "Quick poll: should we keep meeting fortnightly over winter or go monthly? reply F or M",
        "none",
        "poll: frequency",
    ),
    (
        "M. fortnightly is a lot for me when its cold, but i'll come when i can",
        "none",
        "poll: vote monthly",
    ),
    ("F, it gives me something to look forward to", "none", "poll: vote fortnightly"),
    (
        (
            "poll results are in: monthly wins 5 to 3. first wed of the month then. thanks "
            "for voting everyone"
        ),
        "none",
        "poll: result",
    ),
    (
        (
            "Poll for the new year outing: Tyntesfield, the aquarium or Weston pier? The "
            "aquarium is all flat and has benches"
        ),
        "none",
        "poll: outing",
    ),
    ("aquarium defo, my grandson would be jealous 🐠", "none", "poll: vote aquarium"),
    ("Can we add a 4th option - just cake? 😂", "none", "poll: joke option"),
    (
        (
            "I've put a poll in the app for Jan dates, please tick ALL the ones you can "
            "do, not just your favourite"
        ),
        "none",
        "poll: app poll instructions",
    ),
    ("ticked 3 of them, the 14th is best for me", "none", "poll: ticked"),
    (
        "Who wants to try chair yoga as our next group thing? thumbs up if yes",
        "none",
        "poll: chair yoga",
    ),
    ("👍 as long as nobody makes me sit on the floor", "none", "poll: thumbs up"),
    ("poll - secret santa yes or no? £5 limit", "none", "poll: secret santa"),
    (
        (
            "yes to secret santa but can we say no smellies, ive got enough bubble bath to "
            "sink a ship"
        ),
        "none",
        "poll: vote, joke",
    ),
    (
        (
            "No from me this year, money's a bit tight with the boiler, but I'll come and "
            "watch everyone open theirs"
        ),
        "none",
        "poll: vote no, money",
    ),
    (
        (
            "Result: secret santa is on, £5, names drawn next week. If you can't make it "
            "message me and I'll draw for you"
        ),
        "none",
        "poll: result",
    ),
    (
        (
            "Poll closed. Thank you for voting. The Thursday afternoon slot was the clear "
            "winner so we'll move to that from January."
        ),
        "none",
        "poll: closed, formal",
    ),
    (
        (
            "After 2 and a half years I think its time someone else had a go at being "
            "coordinator! Ive loved it but ive got my granddaughter 3 days a week now. "
            "Lorraine has said she'll take over from January, ill still come along x"
        ),
        "none",
        "hand: stepping down with reason",
    ),
    (
        "thank you Maureen for everything, you've kept us all organised. big shoes to fill",
        "none",
        "hand: thanks",
    ),
    (
        (
            "Happy to be co-coordinator with Lorraine if she wants a hand, I can do the "
            "texts and she can do the bookings"
        ),
        "none",
        "hand: co-coordinator offer",
    ),
    (
        (
            "Handover done ✅ Lorraine now has the admin bit on the app and the venue "
            "contact. Any questions go to her now, not me!"
        ),
        "none",
        "hand: handover done",
    ),
    (
        (
            "I'll do reminders for Dec and Jan but can someone else take Feb and March? Im "
            "having my shoulder op in Feb"
        ),
        "none",
        "hand: rota reminders",
    ),
    (
        "Im happy to take over the bookings while Jan has her op, just send me the details",
        "none",
        "hand: cover during op",
    ),
    (
        (
            "hi everyone, I've stepped into the coordinator role for now as Ray is busy "
            "with his new job. Be gentle with me I've never done this before 😅"
        ),
        "none",
        "hand: new coordinator",
    ),
    ("you'll be brill Kez", "none", "hand: encouragement"),
    (
        (
            "Does anyone want to take over the biscuit tin? I've done it for a year and "
            "I'm going to be honest, I've eaten most of the profits"
        ),
        "none",
        "hand: biscuit tin joke",
    ),
    (
        "can someone do the register next time, Im going to be 20 mins late",
        "none",
        "hand: register",
    ),
    (
        (
            "Proposal: we rotate coordinator every 6 months so it doesn't all land on one "
            "person. Thoughts?"
        ),
        "none",
        "hand: rotation proposal",
    ),
    ("Good idea. I'll put my name down for the spring", "none", "hand: volunteer"),
    (
        (
            "Rotating is a very good idea. I am not much use with computers but I can "
            "telephone the members who are not on here."
        ),
        "none",
        "hand: phone round, formal",
    ),
    (
        (
            "so thats me officially handing over the group phone to Trev. the charger is "
            "in the bag and the pin is the same. dont let him change the ringtone"
        ),
        "none",
        "hand: group phone",
    ),
    (
        (
            "Ive made a little handover sheet: venue contacts, who needs a lift, who "
            "prefers a phone call to a text, and the number for the caretaker at the hall"
        ),
        "none",
        "hand: handover sheet",
    ),
    (
        (
            "Being co-coordinator has actually been good for my confidence, never thought "
            "I'd be the one organising things"
        ),
        "none",
        "hand: confidence",
    ),
    (
        (
            "Right, I'm back in the hot seat after my break. Thanks Priya for holding the "
            "fort, you did a cracking job"
        ),
        "none",
        "hand: back in role",
    ),
    (
        (
            "Just to let you know I'm moving to the Thornbury group from next month, it's "
            "5 minutes from my new flat. I'll miss you all loads, Ill still pop in on here "
            "x"
        ),
        "none",
        "move: moving group nearer",
    ),
    (
        (
            "Goodbye for now my lovelies, off to the Weston group as we've moved to be "
            "near our daughter. Thank you for 2 brilliant years xxx"
        ),
        "none",
        "hard neg: benign goodbye, house move",
    ),
    (
        "Sad to see you go but so happy for you with the move! Send us pics of the new place",
        "none",
        "move: reply",
    ),
    (
        (
            "Is there a group that meets on weekends? I've gone back to work part time and "
            "cant do Wednesdays anymore. Dont want to lose touch with you lot though"
        ),
        "none",
        "move: weekend group ask",
    ),
    (
        (
            "the app says theres an evening group in Filton, has anyone been? thinking of "
            "going to that one as well as this"
        ),
        "none",
        "move: evening group",
    ),
    (
        (
            "Hello from the new girl! Ive transferred over from the Southmead group as "
            "it's easier on the bus. Fibro for 8 years, love knitting and true crime "
            "podcasts"
        ),
        "none",
        "move: new member transfer",
    ),
    (
        "Welcome Nadia! Dont worry we're a friendly bunch, mostly talk about cake",
        "none",
        "move: welcome",
    ),
    (
        (
            "Transfer request sent. Thanks all for making me so welcome when I first "
            "joined, you've been great. I'm only moving because of the bus routes, promise!"
        ),
        "none",
        "move: transfer thanks",
    ),
    (
        (
            "We're merging with the Keynsham group from January as both have got a bit "
            "small. Same venue, bigger table!"
        ),
        "none",
        "move: merger",
    ),
    (
        "Merger sounds great, more people to moan about the weather with",
        "none",
        "move: merger reply",
    ),
    (
        (
            "I'm stopping with the Tuesday lot but I'll come to the big gathering at the "
            "hospital in March so I'll see you all there"
        ),
        "none",
        "move: staying, gathering",
    ),
    (
        (
            "New to this group, moved down from Leeds in the summer. Did a PMP up there in "
            "2023. Back pain and sciatica. Nice to meet you all"
        ),
        "none",
        "move: new member from Leeds",
    ),
    (
        (
            "It was my last meeting with you today before I move to Cornwall, thank you "
            "all so much. I've joined the online board for the Truro group so this isn't "
            "goodbye, just see you on the other side of the Tamar x"
        ),
        "none",
        "hard neg: last meeting, moving away",
    ),
    (
        (
            "Off to Tenerife for 2 weeks tomorrow!! wont be on here much, back on the "
            "10th. dont have too much fun without me ☀️"
        ),
        "none",
        "break: holiday with return",
    ),
    (
        (
            "Taking a break from the board for a bit, my daughter's having the baby any "
            "day and I'll be on nana duty. Will post pics!"
        ),
        "none",
        "break: nana duty",
    ),
    (
        (
            "Im going to mute the chat for a week while i get my dissertation in, back "
            "after the 4th. good luck with the meal planning x"
        ),
        "none",
        "break: uni deadlines",
    ),
    (
        (
            "Having a digital detox week, the OT suggested I try less screen time for my "
            "headaches. See you all at the meeting on the 3rd"
        ),
        "none",
        "break: screen time for headaches",
    ),
    (
        (
            "Back from my hols! Had a lovely time in Devon, managed a little walk every "
            "day with my stick and lots of rests. Missed you all"
        ),
        "none",
        "break: back from holiday",
    ),
    ("Welcome back Carol! you look so brown in your pics 😍", "none", "break: welcome back"),
    (
        (
            "Wont be at the next two meets, off to my sisters in Scotland for a fortnight. "
            "See you in the new year if not before!"
        ),
        "none",
        "break: visiting sister",
    ),
    (
        (
            "I'll be quiet on here over christmas, family staying and the house will be "
            "mad. Merry christmas everyone and see you in January x"
        ),
        "none",
        "break: christmas quiet",
    ),
    (
        (
            "Taking a step back from organising for a couple of months to focus on my "
            "physio, still coming to meetings though"
        ),
        "none",
        "break: stepping back from organising",
    ),
    (
        (
            "been a bit quiet on here, just busy with the new job and learning the ropes! "
            "all good, will come to the next meet"
        ),
        "none",
        "hard neg: learning the ropes",
    ),
    (
        (
            "Im back!! that cruise was amazing, only had one flare day and I spent it on a "
            "sunbed so cant complain"
        ),
        "none",
        "break: back from cruise",
    ),
    (
        (
            "rough night with the sciatica, managed about 3 hrs sleep. coffee and a hot "
            "water bottle and im slowly coming round"
        ),
        "none",
        "bad day passing: sleep",
    ),
    (
        (
            "Flare day today. doing my breathing and pacing, the heat pad is my best "
            "friend. tomorrow will be better x"
        ),
        "none",
        "bad day passing: flare, pacing",
    ),
    (
        (
            "Yesterday was a write off, back went when I was putting the washing out. "
            "Today much better, did a little walk round the block and some stretches"
        ),
        "none",
        "bad day passing: back, washing",
    ),
    (
        (
            "Update: the flare has settled! 4 days of it but I'm out the other side. Thank "
            "you for the messages, honestly helped"
        ),
        "none",
        "bad day passing: flare settled",
    ),
    (
        (
            "bit of a grotty day pain wise but ive done my 3 things on my list and now im "
            "sitting down with a cuppa and strictly on catch-up"
        ),
        "none",
        "bad day passing: list done",
    ),
    (
        (
            "my fibro fog is terrible today, i put the milk in the cupboard and the cereal "
            "in the fridge 🙄 having a slow one"
        ),
        "none",
        "bad day passing: fibro fog joke",
    ),
    (
        (
            "Not the best week with my hands, the cold gets into them. Been using the "
            "paraffin wax bath my daughter got me and its helping loads"
        ),
        "none",
        "bad day passing: hands, wax bath",
    ),
    (
        (
            "Headache on and off since Sunday but it's lifting now. Dark room and a cold "
            "flannel did the trick"
        ),
        "none",
        "bad day passing: headache lifting",
    ),
    (
        (
            "Had a wobble on Monday, got a bit teary at the physio, she was lovely about "
            "it. Feel much better for getting it out tbh"
        ),
        "none",
        "bad day passing: wobble at physio",
    ),
    (
        "pain was a 7 this morning, down to a 4 now. pacing really does work, who knew 😂",
        "none",
        "bad day passing: pain scores",
    ),
    (
        "today is a rest day, blanket, dog, films. tomorrow ill get back on track with my walks",
        "none",
        "hard neg: back on track",
    ),
    (
        (
            "Bad day yesterday, good day today. That's fibro for you! Going to make the "
            "most of it and get to the allotment"
        ),
        "none",
        "bad day passing: allotment",
    ),
    (
        (
            "my knee decided it was going to be the size of a football this morning. iced "
            "it, rested it, its going down. still coming thursday"
        ),
        "none",
        "hard neg: decided (knee)",
    ),
    (
        (
            "I was a grumpy so-and-so at the meeting last week and I'm sorry. Long week "
            "with the pain. Better now, I owe you all a cake"
        ),
        "none",
        "bad day passing: apology",
    ),
    (
        "ugh, the damp weather. everything aches. fingers crossed for a frost so it dries out",
        "none",
        "bad day passing: damp",
    ),
    (
        (
            "Pain's been up since I did too much at the weekend — boom and bust again, I "
            "never learn! Back on the pacing plan now"
        ),
        "none",
        "hard neg: plan (pacing plan)",
    ),
    (
        "Wee flare this week, just needed a moan. Sorted now, thanks for listening x",
        "none",
        "bad day passing: vent",
    ),
    (
        (
            "my CRPS foot has been angry all day, cant stand the duvet on it. but the "
            "mirror therapy helped a bit tonight"
        ),
        "none",
        "hard neg: tonight (mirror therapy)",
    ),
    ("down day yesterday, up day today. made a stew!! 🍲", "none", "bad day passing: stew"),
    (
        (
            "The migraine has finally gone after 2 days. I feel like I've been hit by a "
            "bus but in a good way, if that makes sense"
        ),
        "none",
        "hard neg: idiom hit by a bus",
    ),
    (
        (
            "Was in a right state with my back on Tuesday, but I rang 111 and they got me "
            "a GP appointment same day. Muscle spasm, new anti-inflammatories, heat, and "
            "I'm moving again. Good to know the system works sometimes!"
        ),
        "none",
        "bad day passing: 111 for back spasm",
    ),
    (
        (
            "goal for this week: walk to the postbox and back every day. done it 4 days "
            "out of 7 so far 💪"
        ),
        "none",
        "tech: goal",
    ),
    (
        (
            "Anyone else use the spoons idea? Im down to about 6 spoons today so Im "
            "choosing carefully: shower yes, hoovering no"
        ),
        "none",
        "tech: spoons",
    ),
    (
        (
            "I've been doing the body scan from the PMP before bed and honestly I'm "
            "sleeping better than I have in years"
        ),
        "none",
        "tech: body scan",
    ),
    (
        (
            "tip: set a timer on your phone for 20 mins when gardening, then stop and sit "
            "for 10. saved my back this autumn"
        ),
        "none",
        "tech: gardening timer",
    ),
    (
        (
            "Has anyone tried the hydrotherapy at the leisure centre? Is it warm enough? I "
            "feel the cold something awful"
        ),
        "none",
        "tech: hydro question",
    ),
    (
        "hydro is lovely, its 34 degrees. go on a weekday morning, its quieter",
        "none",
        "tech: hydro answer",
    ),
    (
        (
            "My physio has given me a new set of exercises with a resistance band. I feel "
            "like a Mr Motivator tribute act"
        ),
        "none",
        "tech: resistance band",
    ),
    (
        (
            "Remember what they said on the course: don't wait for a good day to do "
            "things, do a little every day. Trying to live by it!"
        ),
        "none",
        "tech: course reminder",
    ),
    (
        (
            "I wrote my goals on a post-it on the fridge like we did in week 4. Number 1: "
            "go swimming. Done it twice now!"
        ),
        "none",
        "tech: goals on fridge",
    ),
    (
        "mindfulness app recommendations? the one the hospital suggested costs money now",
        "none",
        "tech: app recs",
    ),
    (
        "I use the free bits of Headspace, and there's loads of free body scans on YouTube",
        "none",
        "tech: app answer",
    ),
    (
        (
            "3 month goal achieved!!! walked round the whole of Chew Valley lake with 3 "
            "rests. happy tears at the end 😭😭"
        ),
        "none",
        "tech: goal achieved",
    ),
    (
        (
            "Trying the pain diary again. Spotted that my worst days are after I've been "
            "sat in the car for ages — who knew"
        ),
        "none",
        "tech: pain diary",
    ),
    (
        (
            "I've started tai chi at the church hall on Fridays. Its very gentle and the "
            "teacher is 82 and fitter than all of us"
        ),
        "none",
        "tech: tai chi",
    ),
    (
        (
            "pacing is hard when you feel good. i always think ill just do one more thing… "
            "and then pay for it. working on it!"
        ),
        "none",
        "tech: pacing hard",
    ),
    (
        (
            "Breathing exercise that works for me when the pain spikes: in for 4, hold for "
            "4, out for 6. Nothing fancy but it helps me not panic"
        ),
        "none",
        "tech: breathing",
    ),
    (
        "Did anyone keep the handout about flare-up plans? I cant find mine and want to update it",
        "none",
        "hard neg: plan (flare-up plan)",
    ),
    ("i've got it, ill take a pic and send it to you", "none", "tech: reply photo"),
    (
        (
            "Small win: I cooked a proper Sunday dinner, sat down between each bit, and "
            "was still ok in the evening. The old me would have done it all in one go and "
            "been wiped out for 3 days"
        ),
        "none",
        "tech: sunday dinner pacing",
    ),
    (
        (
            "Pilates for bad backs at the Y on Mondays is really good, she adapts "
            "everything. £4 a session"
        ),
        "none",
        "tech: pilates",
    ),
    (
        (
            "Reading the sleep chapter in that book from the reading list, the one about "
            "living well with pain. Some good tips in it"
        ),
        "none",
        "tech: book",
    ),
    (
        (
            "Ive started batch cooking on my good days and freezing portions, means my bad "
            "days aren't all toast"
        ),
        "none",
        "tech: batch cooking",
    ),
    (
        "morning all ☕ frosty one out there, mind how you go on the paths",
        "none",
        "soc: frosty morning",
    ),
    (
        "Anyone watching I'm a Celeb? I'd last about 5 minutes in that jungle",
        "none",
        "hard neg: last (I'm a Celeb)",
    ),
    ("Strictly tonight!! who's your fave?", "none", "hard neg: tonight (Strictly)"),
    (
        "Mine's the rugby lad, his feet are all over the place but he's trying so hard",
        "none",
        "soc: strictly reply",
    ),
    (
        "Grandkids are here for the weekend. send help and paracetamol 😂",
        "none",
        "hard neg: paracetamol joke",
    ),
    (
        (
            "The allotment is put to bed for winter. Garlic in, leaves raked, and my new "
            "raised beds mean less bending 🙌"
        ),
        "none",
        "soc: allotment",
    ),
    ("Made my first crochet granny square! Its wonky but its mine", "none", "soc: crochet"),
    (
        "That's brilliant Sian! mine looked like a pancake the first time",
        "none",
        "soc: crochet reply",
    ),
    (
        (
            "Has anyone seen the lights at Longleat? Thinking of going with my grandson "
            "but worried about all the walking"
        ),
        "none",
        "soc: Longleat lights",
    ),
    (
        (
            "We did it last year, there's a little road train that takes you round so you "
            "don't have to walk far"
        ),
        "none",
        "hard neg: train (road train)",
    ),
    ("happy birthday Jo!!! 🎂🎉 hope you're being spoiled", "none", "soc: birthday"),
    (
        (
            "thank you all for the birthday messages, had a lovely day, my son took me out "
            "for lunch and I only needed one rest on the way"
        ),
        "none",
        "soc: birthday thanks",
    ),
    (
        "Just finished the new Richard Osman, anyone want to borrow it?",
        "none",
        "soc: book lending",
    ),
    ("yes please! bring it thursday x", "none", "soc: book reply"),
    (
        (
            "The dog got into the Christmas chocolates again. Vet says he'll be fine, the "
            "chocolates less so"
        ),
        "none",
        "soc: dog and chocolates",
    ),
    (
        (
            "I'm doing the Christmas cards this year sitting at the table in batches of 5, "
            "pacing in action 😂"
        ),
        "none",
        "soc: cards in batches",
    ),
    (
        "Did anyone else get the Boots advent calendar? Day 1 was a lip balm, living the dream",
        "none",
        "soc: advent calendar",
    ),
    (
        (
            "my granddaughter showed me how to do voice notes so you'll all be hearing a "
            "lot more from me now, sorry in advance"
        ),
        "none",
        "soc: voice notes",
    ),
    (
        "Look at this robin that visits my bird table every morning 🐦 I've called him Kevin",
        "none",
        "soc: robin",
    ),
    (
        "Bake Off final was so tense!! I shouted at the telly",
        "none",
        "hard neg: final (Bake Off)",
    ),
    (
        (
            "got a riser recliner chair off facebook marketplace for £40! it's like "
            "sitting on a cloud"
        ),
        "none",
        "soc: riser chair",
    ),
    (
        (
            "Anyone know a good hairdresser that does home visits? I can't do the standing "
            "at the sink anymore"
        ),
        "none",
        "soc: hairdresser",
    ),
    (
        "my lass Tina comes out to me, she's reasonable. I'll send you her number",
        "none",
        "soc: hairdresser reply",
    ),
    (
        (
            "Went to the carol concert at the cathedral, they had a chair for me at the "
            "end of a row so I could get up and stretch. Beautiful"
        ),
        "none",
        "soc: carol concert",
    ),
    (
        (
            "who else has been roped into doing the school nativity costumes? I've got to "
            "make a donkey"
        ),
        "none",
        "hard neg: roped into",
    ),
    (
        "I've got a sheep and two shepherds 😂 tea towels all round",
        "none",
        "soc: nativity reply",
    ),
    (
        (
            "Lovely to see everyone today, my face hurts from laughing. That's a good kind "
            "of pain for a change!"
        ),
        "none",
        "soc: laughing",
    ),
    ("My son's got engaged!! Over the moon", "none", "soc: engagement"),
    (
        "congratulations!! wedding hat shopping trip, I'm in",
        "none",
        "soc: engagement reply",
    ),
    (
        (
            "Tried the new cafe on Gloucester Road. Cheese scones were massive, chairs "
            "were comfy, staff were kind when I took ages getting in. 10/10 would "
            "recommend for a meet"
        ),
        "none",
        "soc: cafe review",
    ),
    ("Black Friday got me — new heated throw. No regrets", "none", "soc: black friday"),
    ("I've entered the WI jam competition. Wish me luck", "none", "soc: jam competition"),
    (
        "fingers crossed Pat, your raspberry one is the best ive had",
        "none",
        "soc: jam reply",
    ),
    (
        (
            "The leaves on my road are lethal, slipped twice this week (didn't go over, "
            "the stick saved me). Council please sweep!"
        ),
        "none",
        "soc: leaves, stick",
    ),
    ("Rugby on saturday, anyone else watching? come on Wales!!", "none", "soc: rugby"),
    (
        (
            "My grandson Will (7) has drawn me a picture of nana's bad back and it's a "
            "dinosaur with a walking stick. I'm framing it"
        ),
        "none",
        "hard neg: Will (grandson's name)",
    ),
    (
        (
            "Ohhh the smell of the mince pies at the hall today, I've had three, pacing "
            "does not apply to mince pies"
        ),
        "none",
        "soc: mince pies",
    ),
    (
        "Finally booked my flu jab and covid one at Boots. Anyone had them yet? Arm sore?",
        "none",
        "soc: flu jab",
    ),
    ("had both on tuesday, arm was sore for a day then fine", "none", "soc: flu jab reply"),
    ("I won £25 on a scratchcard! Cake is on me Thursday", "none", "soc: scratchcard"),
    (
        (
            "Is anyone going to the big gathering at the hospital in spring? Would be nice "
            "to go together"
        ),
        "none",
        "soc: gathering",
    ),
    (
        (
            "count me in, I went to the last one and met people from the other groups, "
            "really interesting"
        ),
        "none",
        "hard neg: last (last gathering)",
    ),
    (
        "Welcome to the group Imran! Dont be shy, we're all in the same boat x",
        "none",
        "wel: welcome",
    ),
    (
        (
            "Hi all, thanks for having me. I finished the PMP last month. A bit nervous "
            "about coming to the meet but looking forward to it"
        ),
        "none",
        "wel: new member nervous",
    ),
    (
        (
            "nervous is normal, we were all the same. Ill look out for you, Ill be the one "
            "with the purple stick"
        ),
        "none",
        "wel: reassurance",
    ),
    (
        (
            "Just wanted to say thank you to this group. Coming along every month keeps me "
            "on track with the stuff we learnt"
        ),
        "none",
        "hard neg: on track",
    ),
    ("Thanks for the lift today Gaz, saved my legs", "none", "wel: thanks lift"),
    (
        "big thank you to whoever left the chocolates on my doorstep. you know who you are 💕",
        "none",
        "wel: chocolates thanks",
    ),
    (
        (
            "I was dreading today but it was so nice. Thank you for making it easy to just "
            "turn up and be myself"
        ),
        "none",
        "wel: first meeting went well",
    ),
    (
        (
            "Hello everyone, I'm Ray, I'm 71 and I've had arthritis in both knees for 20 "
            "odd years. My wife made me join the app. Pleased to meet you all."
        ),
        "none",
        "wel: formal intro",
    ),
    ("Welcome Ray! Your wife sounds very sensible 😂", "none", "wel: reply joke"),
    (
        "it's so good to be somewhere where I don't have to explain myself",
        "none",
        "wel: belonging",
    ),
    (
        (
            "Thank you all for the cards while I was in for my op. Home now, hip is sore "
            "but it's healing well and I'm on my feet with the frame"
        ),
        "none",
        "wel: after op thanks",
    ),
    (
        (
            "Anyone done the PIP review form recently? Mine's due back by the 15th and the "
            "questions make my head spin"
        ),
        "none",
        "prac: PIP review",
    ),
    (
        "Citizens Advice helped me fill mine in, book an appointment they were really good",
        "none",
        "prac: Citizens Advice",
    ),
    (
        "bus pass renewal done online, took 10 mins. dont pay those websites that charge you!",
        "none",
        "prac: bus pass",
    ),
    (
        "Anyone know if the blue badge can be used at the hospital car park or is it still pay?",
        "none",
        "prac: blue badge",
    ),
    (
        (
            "At Southmead you still pay but I think it's reduced with a blue badge, check "
            "at the machine"
        ),
        "none",
        "prac: reply",
    ),
    (
        (
            "Universal credit have changed my appointment again, third time. Back to the "
            "phone queue I go 🙄"
        ),
        "none",
        "prac: Universal Credit",
    ),
    (
        "Found a great grabber stick at the pound shop, no more bending for dropped socks",
        "none",
        "hard neg: dropped (grabber)",
    ),
    (
        "Has anyone got a perching stool in the kitchen? OT mentioned it but not sure what to get",
        "none",
        "prac: perching stool",
    ),
    (
        "I've got one, it's great for peeling veg. the council OT service gave me mine for free",
        "none",
        "prac: reply OT",
    ),
    (
        (
            "GP surgery has a new online system. Anyone worked it out? Took me 40 mins to "
            "ask for a fit note"
        ),
        "none",
        "prac: GP online system",
    ),
    (
        (
            "Got my new walking stick from the mobility shop in Fishponds, the folding "
            "type. Fits in my handbag!"
        ),
        "none",
        "prac: folding stick",
    ),
    (
        "Does anyone know if the shopmobility at Cribbs needs booking?",
        "none",
        "prac: shopmobility",
    ),
    (
        (
            "Heating bills through the roof. Anyone applied for the warm home discount? Is "
            "it automatic?"
        ),
        "none",
        "prac: warm home discount",
    ),
    ("Ive got the Pain Toolkit PDF if anyone wants it, just ask", "none", "prac: toolkit"),
    ("this weather is killing my knees", "none", "hard neg: idiom killing (weather)"),
    (
        "I could murder a bacon sandwich right now",
        "none",
        "hard neg: idiom murder a sandwich",
    ),
    ("dying to see everyone on thursday!!", "none", "hard neg: idiom dying to see"),
    (
        "the pain's killing me today lol, cuppa and a sit down then",
        "none",
        "hard neg: idiom pain killing me, alone",
    ),
    (
        "my feet are killing me after all that christmas shopping",
        "none",
        "hard neg: idiom feet killing me",
    ),
    (
        "if I have to hear that john lewis advert one more time I'll scream 😂",
        "none",
        "hard neg: hyperbole scream",
    ),
    (
        "honestly i nearly died laughing when Trev fell asleep in the pub and started snoring",
        "none",
        "hard neg: idiom nearly died laughing",
    ),
    ("that chocolate cake was to die for", "none", "hard neg: idiom to die for"),
    (
        "im dead 😂😂 that pic of Sue in the reindeer jumper",
        "none",
        "hard neg: slang im dead (laughing)",
    ),
    (
        "my back is killing me but I'm not missing the Christmas do for anything",
        "none",
        "hard neg: idiom back killing me",
    ),
    ("I'm bored to death of this rain", "none", "hard neg: idiom bored to death"),
    (
        "this satnav will be the death of me, took me round Bath three times 😂",
        "none",
        "hard neg: idiom death of me (satnav)",
    ),
    (
        "That physio session nearly killed me, but in a good way?? 😂",
        "none",
        "hard neg: idiom nearly killed me (physio)",
    ),
    (
        (
            "sciatica is murdering me today, but I've got a hot water bottle and a good "
            "book so I'm making the best of it"
        ),
        "none",
        "hard neg: idiom sciatica murdering me",
    ),
    (
        "the grandkids have worn me out, I'm fit to drop 😂 lovely day though",
        "none",
        "hard neg: idiom fit to drop",
    ),
    (
        "If I eat another mince pie I will actually explode 🥧",
        "none",
        "hard neg: hyperbole explode",
    ),
    (
        "the traffic on the A38 was murder, sorry I was late",
        "none",
        "hard neg: idiom traffic murder",
    ),
    (
        (
            "the queue in the chemist was so long I nearly lost the will to live. got my "
            "prescription in the end though"
        ),
        "none",
        "hard neg: idiom lost the will to live (queue)",
    ),
    (
        (
            "My knees were screaming at me after the stairs at the station, but I made it "
            "onto the train!"
        ),
        "none",
        "hard neg: knees screaming, station, train",
    ),
    (
        "that loo at the community centre is a death trap, who puts a step in a disabled loo??",
        "none",
        "hard neg: idiom death trap (loo)",
    ),
    (
        "absolutely dead on my feet but the craft fair made £140 for the hospice shop",
        "none",
        "hard neg: idiom dead on my feet",
    ),
    (
        (
            "Pharmacist changed the brand of my pregabalin and the capsules are a "
            "different colour, nearly gave me a heart attack 😂 same dose though, they "
            "checked it all with me"
        ),
        "none",
        "hard neg: heart attack hyperbole, pregabalin",
    ),
    (
        (
            "Anyone know where I can get a good knife for people with arthritis? The "
            "angled ones? My old one's useless for chopping veg"
        ),
        "none",
        "hard neg: knife (easy grip)",
    ),
    (
        (
            "There are some great ones on the Complete Care Shop site, easy grip knife and "
            "fork set, I've got the fork and it's brilliant"
        ),
        "none",
        "hard neg: knife and fork set",
    ),
    (
        "Train was cancelled AGAIN so I'll be late, GWR strikes again",
        "none",
        "hard neg: train cancelled",
    ),
    (
        (
            "engineering works on the tracks between temple meads and bath this weekend so "
            "i'll get the replacement bus, might be late"
        ),
        "none",
        "hard neg: tracks (engineering works)",
    ),
    (
        "car's in the garage for its MOT, can anyone give me a lift on Thursday?",
        "none",
        "hard neg: garage (MOT)",
    ),
    (
        (
            "spent the afternoon clearing out the shed. Found 3 broken deckchairs and a "
            "family of spiders. Took it slow, one box at a time"
        ),
        "none",
        "hard neg: shed clear-out",
    ),
    (
        (
            "Has anyone got a tablet they can recommend for video calls? An ipad is too "
            "dear. My daughter wants me to facetime the grandkids in Australia"
        ),
        "none",
        "hard neg: tablet (device)",
    ),
    (
        "my sister got me a cheap Samsung tablet off amazon, does the job for zoom and iplayer",
        "none",
        "hard neg: tablet (device) reply",
    ),
    (
        (
            "Question about my tablets: I take them at 8am and 8pm but I'm going to be on "
            "the coach at 8 on Saturday. Is it ok to take the morning ones a bit later? "
            "Will ask the pharmacist but wondered what you all do"
        ),
        "none",
        "hard neg: tablets timing question",
    ),
    (
        (
            "The plan for Saturday: meet at the station at 10, train to Bath, Christmas "
            "market, lunch, home by 3. Benches along the way, I've checked!"
        ),
        "none",
        "hard neg: plan, station, train (outing)",
    ),
    (
        "Final reminder: money for the Christmas meal by Friday please!",
        "none",
        "hard neg: final reminder",
    ),
    (
        "Got a letter from the pain clinic, my review appointment is 14th Jan. Finally!!",
        "none",
        "hard neg: letter (appointment)",
    ),
    (
        (
            "Anyone play bridge? The club at the library is looking for new members and I "
            "need a partner 😂"
        ),
        "none",
        "hard neg: bridge (card game)",
    ),
    ("I'll give it a go! I haven't played since the 80s", "none", "hard neg: bridge reply"),
    (
        (
            "We went over the Severn bridge to Chepstow for the Christmas market, lovely "
            "day and the racecourse car park was close to everything"
        ),
        "none",
        "hard neg: bridge (Severn crossing, outing)",
    ),
    (
        (
            "my library books are 2 weeks overdue oops. better take them back before the "
            "fine costs more than the book"
        ),
        "none",
        "hard neg: overdue (library books)",
    ),
    (
        (
            "My medication review is overdue, GP surgery keeps saying they'll ring. Has "
            "anyone had theirs done over the phone?"
        ),
        "none",
        "hard neg: overdue (med review)",
    ),
    (
        (
            "Decided to go for the steroid injection in my shoulder. Bit nervous but the "
            "consultant explained it all"
        ),
        "none",
        "hard neg: decided (injection)",
    ),
    (
        (
            "After a lot of thought I've decided to go back to college part time! "
            "Counselling level 2. Scared and excited"
        ),
        "none",
        "hard neg: decided (college)",
    ),
    (
        (
            "Peace and quiet at last, the grandkids have gone home 😂 love them but my ears "
            "are ringing"
        ),
        "none",
        "hard neg: peace and quiet at last",
    ),
    (
        "Found some peace at the allotment this morning, just me, a flask and a robin",
        "none",
        "hard neg: peace (allotment)",
    ),
    (
        (
            "the lidocaine patches the pain clinic gave me are brilliant for my rib pain, "
            "does anyone else use them? They don't stick well after a shower though"
        ),
        "none",
        "hard neg: patches (lidocaine)",
    ),
    (
        "I use those! I put a bit of tubigrip over mine to keep it on",
        "none",
        "hard neg: patches reply",
    ),
    (
        (
            "Does anyone else find the butrans patches itchy? Thinking of asking the GP "
            "about moving where I stick it"
        ),
        "none",
        "hard neg: patches (butrans itch)",
    ),
    (
        "Tonight's the night, bingo at the social club. Eyes down 🎱",
        "none",
        "hard neg: tonight (bingo)",
    ),
    (
        "burnt the toast, set the smoke alarm off, dog went mad. good morning everyone 😂",
        "none",
        "hard neg: burn (toast)",
    ),
    (
        (
            "my feet burn like mad at night with the neuropathy, anyone found anything "
            "that helps? A cold flannel works a bit"
        ),
        "none",
        "hard neg: burning nerve pain question",
    ),
    (
        (
            "Tip for the CRPS lot: my physio said the burning feeling can ease with "
            "gradual desensitisation, I started with a silk scarf on the skin and now I "
            "can wear socks!"
        ),
        "none",
        "hard neg: burning (CRPS desensitisation)",
    ),
    ("Got my hair cut today, feel like a new woman ✂️", "none", "hard neg: cut (haircut)"),
    (
        (
            "I've cut down on caffeine like they suggested and my sleep is better, still "
            "miss my 4pm coffee though"
        ),
        "none",
        "hard neg: cut down caffeine",
    ),
    (
        (
            "My GP and I agreed a plan to cut down my tramadol slowly, dropping a bit "
            "every 2 weeks. 3 weeks in and going ok so far"
        ),
        "none",
        "hard neg: tramadol supervised taper",
    ),
    (
        (
            "Cut the grass for the last time this year. Pacing: did the front on Monday, "
            "back on Tuesday 😂"
        ),
        "none",
        "hard neg: cut the grass, last",
    ),
    (
        (
            "drop in at the Wellspring on Friday mornings if anyone fancies it, free tea, "
            "they do a craft table"
        ),
        "none",
        "hard neg: drop in",
    ),
    (
        (
            "Can someone drop my secret santa present off to Janet? I'll bring it round to "
            "you tomorrow"
        ),
        "none",
        "hard neg: drop off present",
    ),
    (
        (
            "Said goodbye to the old car today, it's off to the scrapyard. 19 years old! "
            "New one has heated seats, my back is in heaven"
        ),
        "none",
        "hard neg: goodbye (old car)",
    ),
    (
        (
            "I've got a box of wool and crochet hooks going free, we're downsizing to a "
            "flat in January and there's no room for my stash. Anyone want it before I "
            "take it to the charity shop?"
        ),
        "none",
        "hard neg: give away (downsizing)",
    ),
    (
        (
            "Boots are giving away free samples of that magnesium spray, might be worth a "
            "go for cramps"
        ),
        "none",
        "hard neg: giving away (samples)",
    ),
    (
        (
            "Anyone done a skipping rope class? My physio suggested it for bone density "
            "and I laughed in her face 😂"
        ),
        "none",
        "hard neg: skipping rope",
    ),
    (
        (
            "We got the grandkids a rope swing for the apple tree, Grandad put it up with "
            "his mate, I supervised from a deckchair"
        ),
        "none",
        "hard neg: rope swing",
    ),
    (
        (
            "Road closures in Bedminster for the Christmas lights switch on, leave extra "
            "time if you're coming by car"
        ),
        "none",
        "hard neg: road closures",
    ),
    (
        (
            "The last bus back from Clevedon is 5.40 now, so we'll need to finish by half "
            "5 if you're coming from there"
        ),
        "none",
        "hard neg: last bus",
    ),
    (
        (
            "end of an era — the Co-op on our high street is closing. where will I get my "
            "meal deals 😭"
        ),
        "none",
        "hard neg: end of an era (shop closing)",
    ),
    (
        (
            "I'm writing a letter to the council about the broken pavement outside the "
            "surgery. Anyone want to sign it?"
        ),
        "none",
        "hard neg: letter to council",
    ),
    ("Will anyone be at the Christmas market tomorrow?", "none", "hard neg: will (modal)"),
    (
        "Watching Great British Railway Journeys, Portillo's jackets get brighter every series 😂",
        "none",
        "hard neg: railway TV",
    ),
    (
        (
            "My grandson is obsessed with trains so we spent the afternoon at Temple Meads "
            "watching them come in. He was in heaven, I had a bench and a flask"
        ),
        "none",
        "hard neg: station, trains (grandson)",
    ),
    (
        (
            "the tablets for the nerve pain are making me drowsy in the mornings, anyone "
            "else? GP says it usually settles in a couple of weeks"
        ),
        "none",
        "hard neg: tablets drowsy (nerve pain)",
    ),
    (
        (
            "The new dosette box from the chemist is so much easier, no more wondering if "
            "I've taken my morning ones"
        ),
        "none",
        "hard neg: dosette box",
    ),
    (
        (
            "What do you all do with meds when you fly? Going to Spain in Jan and I've got "
            "pregabalin and co-codamol. Do I need a letter from the GP?"
        ),
        "none",
        "hard neg: travelling with meds, letter",
    ),
    (
        (
            "Yes get a letter, and keep them in the original boxes in your hand luggage. I "
            "had no trouble at all"
        ),
        "none",
        "hard neg: travelling with meds reply",
    ),
    (
        (
            "Repeat prescription went in on Monday, still not ready at Boots. How long "
            "does yours take?"
        ),
        "none",
        "hard neg: repeat prescription",
    ),
    (
        "Is it ok to take paracetamol with naproxen? The leaflet is so small I can't read it",
        "none",
        "hard neg: paracetamol plain question",
    ),
    (
        (
            "pharmacist says they're usually fine together but check with yours as it "
            "depends what else you're on"
        ),
        "none",
        "hard neg: medicine reply",
    ),
    (
        (
            "Has anyone come off amitriptyline? My GP wants me to go down from 20 to 10 as "
            "I'm sleeping better now. Any tips for the first week?"
        ),
        "none",
        "hard neg: amitriptyline supervised taper",
    ),
    (
        (
            "gabapentin question: does anyone else get swollen ankles on it? Mine are like "
            "balloons by teatime. Seeing GP friday"
        ),
        "none",
        "hard neg: gabapentin side effect",
    ),
    (
        (
            "I ended up asking my pharmacist to do blister packs for me, it's so much "
            "easier when my brain fog is bad"
        ),
        "none",
        "hard neg: blister packs",
    ),
    (
        (
            "My fentanyl patch dose was lowered at the pain clinic this week. Bit nervous "
            "but so far so good, and I feel less foggy"
        ),
        "none",
        "hard neg: fentanyl patch dose lowered",
    ),
    (
        "Anyone else's codeine make them constipated? Sorry for the TMI 😂 prunes it is",
        "none",
        "hard neg: codeine side effect",
    ),
    (
        "do you have to take the co-codamol with food? I always forget and then feel sick",
        "none",
        "hard neg: co-codamol with food",
    ),
    (
        (
            "Sertraline question for those who take it, does it matter if I take it "
            "morning or night? I've switched to mornings and feel less groggy"
        ),
        "none",
        "hard neg: sertraline timing",
    ),
    (
        (
            "GP gave me a short course of diazepam for the back spasm, it's eased off now "
            "and I've finished it. Back to stretching and heat"
        ),
        "none",
        "hard neg: diazepam course finished",
    ),
    (
        (
            "Goodbye everyone and thank you. I'm moving up to Newcastle to be near my son "
            "and the grandkids in the new year. I'll join a group up there but I'll still "
            "be on here to nose at your cake photos x"
        ),
        "none",
        "hard neg: benign goodbye (moving north)",
    ),
    (
        "bye for now all, off on holiday tomorrow! back on the 8th x",
        "none",
        "hard neg: benign goodbye (holiday)",
    ),
    (
        "This is me signing off for the night, night night all 😴",
        "none",
        "hard neg: signing off for the night",
    ),
    ("Right that's me, off to bed. See you all thursday x", "none", "hard neg: off to bed"),
    (
        (
            "Goodbye for now, I'm having my knee replacement on Monday so I'll be quiet "
            "for a few weeks. Back on here as soon as I'm up to it. Keep the kettle warm"
        ),
        "none",
        "hard neg: benign goodbye (knee op, return)",
    ),
    (
        (
            "Good luck for Monday!! we'll be thinking of you, send a thumbs up when you're "
            "back on the ward"
        ),
        "none",
        "soc: good luck op",
    ),
    (
        "👍 from the ward! op went well, tea and toast never tasted so good",
        "none",
        "soc: post-op update",
    ),
    (
        (
            "Farewell Lynda, it won't be the same without you on Tuesdays. Enjoy Spain and "
            "send us some sunshine!"
        ),
        "none",
        "hard neg: farewell (member emigrating)",
    ),
    (
        (
            "Im leaving the evening group as Ive got a new shift pattern, going to join "
            "the saturday one instead. See some of you there x"
        ),
        "none",
        "hard neg: leaving one group for another",
    ),
    (
        (
            "Last meeting of the year on the 17th! Thank you all for a lovely 2026, next "
            "one is the 7th Jan"
        ),
        "none",
        "hard neg: last meeting of year",
    ),
    (
        (
            "Three years ago I couldn't walk to the end of my road. Today I did the 5k "
            "parkrun walk at Blaise with my daughter. Slow as a snail but I did it. Never "
            "thought I'd say that x"
        ),
        "none",
        "hard neg: recovery story (parkrun)",
    ),
    (
        (
            "When I started the PMP I was in a really dark place, angry at everything, "
            "signed off work, thought this was my life now. Two years on, I'm back at work "
            "3 days, I've got this group, and I laugh a lot more. It does get better"
        ),
        "none",
        "hard neg: recovery story (dark place, past)",
    ),
    (
        (
            "I was so against the course at first, I thought they were saying it was all "
            "in my head. Now I'm the one telling new people to give it a chance"
        ),
        "none",
        "hard neg: recovery story (sceptic)",
    ),
    (
        (
            "A year ago I was on 8 different tablets and could barely string a sentence "
            "together. With my GP we've got it down to 3 and I feel like me again"
        ),
        "none",
        "hard neg: recovery story (fewer tablets)",
    ),
    (
        (
            "Five years ago I'd have been laid up for a week after a day like today. Now "
            "it's two days of taking it easy and I'm back on my feet. Pacing changed my "
            "life"
        ),
        "none",
        "hard neg: recovery story (past bed rest)",
    ),
    (
        (
            "I used to be so ashamed of my stick, wouldn't take it out. Now its got "
            "stickers on it from the grandkids and I'm proud of it"
        ),
        "none",
        "hard neg: recovery story (stick)",
    ),
    (
        (
            "Not to get soppy but 18 months ago I hardly spoke to anyone outside my house. "
            "Now I'm the one organising the Christmas meal. Thank you all"
        ),
        "none",
        "hard neg: recovery story (past isolation)",
    ),
    (
        (
            "Had a really low patch after my surgery back in 2022, the GP got me talking "
            "therapy and then the PMP. Things are so much better now, I'm volunteering at "
            "the charity shop two mornings a week"
        ),
        "none",
        "hard neg: recovery story (low patch 2022)",
    ),
    (
        (
            "I remember at my first meeting I sat in the car park for ages and nearly "
            "drove home. So glad I didn't. Best decision I made"
        ),
        "none",
        "hard neg: recovery story (first meeting nerves)",
    ),
    (
        (
            "I was a PTV for 3 years. When I first had pain I thought my life as I knew it "
            "was over. Turns out it was just different. Now I'm a nana, a gardener and a "
            "terrible bingo player"
        ),
        "none",
        "hard neg: recovery story (PTV)",
    ),
    ("see you all tues x", "none", "short: reply"),
    ("👍👍", "none", "short: reply"),
    ("sounds perfect", "none", "short: reply"),
    ("yes please!", "none", "short: reply"),
    ("count me in x", "none", "short: reply"),
    ("lol Trev 😂", "none", "short: laughing"),
    ("ok thanks hun", "none", "short: thanks"),
    ("brill, ta", "none", "short: thanks"),
    ("Noted, thank you Maureen.", "none", "short: formal acknowledgement"),
    ("happy friday all 🌞", "none", "short: greeting"),
    ("late as usual, on my way!", "none", "short: on the way"),
    ("can't do the 9th, can do the 16th", "none", "short: dates"),
    ("hello everyone!! testing testing", "none", "short: test post"),
    ("lol sorry pocket post", "none", "short: pocket post"),
    (
        "my tens machine and I are in a committed relationship now",
        "none",
        "soc: tens machine joke",
    ),
    (
        "the tens machine went off in Tesco because I'd left it on and I jumped a mile 😂",
        "none",
        "soc: tens machine in Tesco",
    ),
    (
        (
            "Why is it my back only goes when I bend down to pick up something tiny? Never "
            "the heavy stuff. A single pea this time"
        ),
        "none",
        "soc: back goes on small things",
    ),
    (
        (
            "Joke for the day: why did the pirate with arthritis stop sailing? too much "
            "pain in the arrrrms. I'll get my coat"
        ),
        "none",
        "soc: pirate joke",
    ),
    ("That joke was terrible Trev. 10/10", "none", "soc: joke reply"),
    (
        "fibro fog moment: I rang my daughter to ask her where my phone was",
        "none",
        "soc: fibro fog phone",
    ),
    (
        (
            "I walked into the kitchen and forgot why. Stood there for 5 minutes. Then "
            "remembered I was going to sit down"
        ),
        "none",
        "soc: forgot why",
    ),
    (
        "I'm not saying I'm old but my knees predicted the rain before the Met Office did",
        "none",
        "soc: knees forecast",
    ),
    (
        (
            "My cat has learnt that when the heat pad comes out she gets a warm lap. She's "
            "there before me now"
        ),
        "none",
        "soc: cat and heat pad",
    ),
    (
        (
            "Just been to Aldi, came out with a paddling pool, a drill and a cardigan. "
            "Went in for milk"
        ),
        "none",
        "soc: Aldi middle aisle",
    ),
    (
        "Trying to get the hang of the app, is this how you post? Hello!!",
        "none",
        "soc: first post",
    ),
    ("yes you've done it! welcome 😊", "none", "soc: first post reply"),
    (
        (
            "what was the name of that podcast someone mentioned about pain science? "
            "Something about the brain?"
        ),
        "none",
        "soc: podcast question",
    ),
    (
        "Thermostat wars have begun in our house, I want 22, the teenager wants 18 😂",
        "none",
        "soc: thermostat",
    ),
    (
        "my daughter bought me one of those electric blankets with a timer, game changer",
        "none",
        "soc: electric blanket",
    ),
    (
        "any recommendations for a box set? I've run out of things to watch while I pace",
        "none",
        "soc: box set ask",
    ),
    ("Slow Horses! Gary Oldman is brilliant", "none", "soc: box set reply"),
    (
        (
            "Made Christmas puddings with the grandkids today. Everyone stirred and made a "
            "wish. Mine was for a dry Thursday so we can walk to the cafe"
        ),
        "none",
        "soc: christmas puddings",
    ),
    (
        (
            "went to see the pantomime at the Hippodrome, oh no it wasn't, oh yes it was. "
            "booked the aisle seats so I could stretch my legs out"
        ),
        "none",
        "soc: panto",
    ),
    (
        (
            "Someone at the bus stop asked me why I need the seat when I look fine. I gave "
            "them the full PMP talk about invisible pain. They won't ask again 😂"
        ),
        "none",
        "soc: bus stop seat",
    ),
    (
        "Christmas jumper day at the meet on the 17th?? the more flashing lights the better",
        "none",
        "soc: christmas jumper day",
    ),
    (
        "My jumper has a light-up Rudolph nose, you've been warned",
        "none",
        "soc: jumper reply",
    ),
    (
        (
            "My son's teaching me to use the air fryer. I've made chips, I've made a mess, "
            "and I've made the dog very happy"
        ),
        "none",
        "soc: air fryer",
    ),
    (
        (
            "pain woke me at 4. listened to one of the relaxation recordings from the PMP "
            "and went back off till 8 🙌"
        ),
        "none",
        "bad day passing: relaxation tracks",
    ),
    (
        "woke up stiff as a board, hot shower, stretches, 2 paracetamol and I'm human again",
        "none",
        "bad day passing: stiff morning",
    ),
    (
        (
            "Not a great day with the migraine but the new preventer seems to be working, "
            "3 this month instead of 8"
        ),
        "none",
        "bad day passing: migraine preventer",
    ),
    (
        (
            "Flare's calming down. Turns out hoovering the stairs in one go = bad idea. "
            "Lesson learnt (again)"
        ),
        "none",
        "bad day passing: hoovering lesson",
    ),
    (
        "My hip was grumbling at the meeting but the walk home loosened it off nicely",
        "none",
        "bad day passing: hip loosened",
    ),
    (
        (
            "been a bit grumpy all week with the pain but had a good laugh with my "
            "neighbour today and it shifted something. funny how that works"
        ),
        "none",
        "bad day passing: laugh with neighbour",
    ),
    (
        "ok day today. not great, not terrible. I'll take it",
        "none",
        "bad day passing: ok day",
    ),
    (
        (
            "Had to put off the cinema with my daughter because of my back, gutted, but "
            "we're going next week instead and she's booked the recliner seats"
        ),
        "none",
        "bad day passing: cinema rebooked",
    ),
    (
        (
            "I lost my rag at the self-checkout this morning (unexpected item in the "
            "bagging area for the 5th time). It's fine now, had a biscuit"
        ),
        "none",
        "bad day passing: self-checkout",
    ),
    (
        "Just a wobbly week, brain fog and tired, but that's allowed. Next week's a new one",
        "none",
        "bad day passing: wobbly week",
    ),
    (
        (
            "Right, long one, sorry! Took the two grandkids to the museum yesterday for "
            "half term catch-up. I did everything they told us on the course: planned it "
            "the night before, booked a wheelchair at the door just in case (didn't need "
            "it in the end but it was nice knowing it was there), sat down every time they "
            "stopped at a display, and we had lunch at 12 on the dot so I wasn't running "
            "on empty. The little one wanted to see the dinosaurs three times, so I sat on "
            "the bench and let him run about. Home by 3, feet up, and today I'm a bit achy "
            "but nothing like it would have been. Two years ago I'd never have tried it. "
            "Just wanted to share because it felt like a proper win x"
        ),
        "none",
        "long: day out with grandkids, pacing",
    ),
    (
        (
            "Hello all, coordinator update as promised. 1) Christmas meal is confirmed at "
            "the Plough on the 12th, 11 of us plus 2 partners. 2) Menu choices are in, if "
            "you've forgotten what you picked, ask me, I have a list. 3) There's a step at "
            "the front but they'll open the side door for us and have put us nearest the "
            "toilets. 4) From January we move to Thursdays, 2pm, same room. 5) Ray has "
            "offered to be my co-coordinator, so if I'm ever out of action with my back "
            "he'll send the reminders. Thank you everyone for being so easy to organise "
            "(mostly 😉). Maureen"
        ),
        "none",
        "long: coordinator update",
    ),
    (
        (
            "I've been thinking a lot about how things were this time four years ago. I'd "
            "been signed off work for months, I was sleeping on the sofa because the "
            "stairs were too much, and I honestly didn't know what life was going to look "
            "like. The PMP didn't take the pain away, I still have it every day, but it "
            "changed what I do with it. I pace, I plan, I say no more. I've got a part "
            "time job at the garden centre, I go to the pool on Tuesdays, and I've got "
            "this lot to moan and laugh with. If you're new and at the start of all this, "
            "it really can get better. Not perfect, but better"
        ),
        "none",
        "long: recovery reflection, past tense",
    ),
    (
        (
            "Had my GP review today and for once I came out feeling heard! I did what we "
            "talked about at group, wrote a list of the three things I wanted to ask and "
            "took my pain diary. She looked through it, agreed the nerve pain tablets "
            "weren't doing much for me, and we've made a plan to swap to something else "
            "slowly over the next month. She also referred me for the hydro pool and said "
            "to come back in 6 weeks. I sat in the car afterwards and actually smiled. "
            "Thank you to whoever it was that said write it all down, best advice ever"
        ),
        "none",
        "long: GP visit positive",
    ),
    (
        (
            "So the house move is finally happening!! Completion is the 18th of December "
            "(of course, right before Christmas, why do I do this to myself). I've got a "
            "removal firm doing the packing because there's no way my shoulders can manage "
            "boxes, and my son is taking the week off to help. The new bungalow is only 10 "
            "minutes from the Keynsham group so I've asked to transfer in the new year, "
            "but I'll still come to the Christmas meal with you lot because I've already "
            "picked the turkey. Anyone got tips for moving with a bad back? I'm planning "
            "to do one room a day once we're in"
        ),
        "none",
        "long: moving house ramble",
    ),
    (
        (
            "Good afternoon everyone. I wanted to thank you all for a very pleasant "
            "meeting on Tuesday. It was the first time in some months that I have managed "
            "the bus into town on my own, and I was very glad of the chair by the "
            "radiator. My wife says I came home in much better spirits. I have been "
            "practising the relaxation exercise that Pauline showed us and I find it helps "
            "greatly with my sleep. I look forward to seeing you all at the Christmas "
            "lunch. Kind regards, Brian"
        ),
        "none",
        "long: older member, formal",
    ),
    (
        (
            "ok so update from me since i havent posted in ages. third year of uni is "
            "going surprisingly well?? ive got a disability support plan now so i get "
            "extra time in exams and a comfy chair in the library which sounds small but "
            "honestly is everything. still get flares with my hips but i know the signs "
            "now and i just dial everything down for a couple of days. been doing the "
            "breathing stuff before lectures too. anyway just wanted to say hi and that i "
            "still read everyones posts even when im quiet xx"
        ),
        "none",
        "long: young member, uni life",
    ),
    (
        (
            "My goal this year was to keep the allotment going without doing my back in, "
            "and I'm pleased to report it's been the best year yet. I swapped two of the "
            "big beds for raised ones, got a stool on wheels from the garden centre, and "
            "only ever did an hour at a time with a sit down and a flask in the middle. "
            "Spuds, beans, courgettes coming out of my ears, and the neighbours have had "
            "more chutney than they know what to do with. Already planning what to grow "
            "next year. Anyone want rhubarb crowns in the spring?"
        ),
        "none",
        "long: allotment goal",
    ),
    (
        (
            "For anyone who's thinking of coming along for the first time: I was exactly "
            "the same, worried it would all be talking about pain and that I'd feel worse "
            "after. It's really not like that. We talk about telly, grandkids, what's on "
            "offer at Tesco, and sometimes pacing and flare-ups if someone wants to. "
            "Nobody makes you talk. You can stand up and walk about whenever you want. You "
            "can leave early and nobody minds. And the cake is very good. Come and try us "
            "out, honestly"
        ),
        "none",
        "long: first meeting worries answered",
    ),
    (
        (
            "Got back from the cruise on Sunday and I'm still swaying a bit! The ship was "
            "brilliant for access, lifts everywhere and they had a mobility scooter I "
            "could hire for the week. I did the excursions that said 'easy walking' and "
            "sat out the ones with hills. Had one bad day with my back after a long coach "
            "trip, spent it on a sun lounger with a book, and was fine the next morning. "
            "My husband says it's the first holiday in years where I didn't come home "
            "needing a holiday. Photos on Thursday, prepare yourselves"
        ),
        "none",
        "long: cruise ramble",
    ),
    (
        (
            "Thank you to everyone who came to Tyntesfield. I counted 9 of us plus the "
            "dog. The buggy from the car park to the house was a godsend. Shall we do "
            "somewhere like that every season?"
        ),
        "none",
        "org: outing feedback",
    ),
    (
        "How about the botanic gardens in the spring? Flat paths, benches, and a tea room",
        "none",
        "org: spring outing idea",
    ),
    (
        (
            "Raffle at the Christmas meal, bring a small prize if you can (no more than "
            "£3), all money to the pain service patient fund"
        ),
        "none",
        "org: raffle",
    ),
    (
        "Ive got a bottle of baileys I've never opened, will that do for the raffle 😂",
        "none",
        "org: raffle prize",
    ),
    (
        "Shall we keep the meetings to 90 minutes? Two hours is a lot of sitting for some of us",
        "none",
        "org: meeting length",
    ),
    (
        (
            "The community transport minibus can pick up from Hanham and Longwell Green if "
            "you book 48 hours ahead. £3 return"
        ),
        "none",
        "org: minibus",
    ),
    (
        (
            "Hello again everyone, I've been away from the group for a while with work but "
            "I've gone part time now so I'm back! Can't wait to catch up"
        ),
        "none",
        "wel: returning member",
    ),
    ("Welcome back Shaz!! we've missed your laugh", "none", "wel: welcome back reply"),
    (
        (
            "I've made a photo book of all our outings this year for the gathering, if "
            "anyone has pics from the summer BBQ please send them over"
        ),
        "none",
        "soc: photo book",
    ),
    (
        "sending now, there's a good one of Gaz trying to light the BBQ for 40 minutes",
        "none",
        "soc: BBQ pics",
    ),
    (
        (
            "I've knitted 6 hats for the premature baby unit this month, sitting down in "
            "20 minute bursts. My fingers are stiff but my heart is full"
        ),
        "none",
        "soc: knitting project",
    ),
    (
        (
            "Found a brand new memory foam cushion in the British Heart Foundation shop "
            "for £4! My bum thanks me"
        ),
        "none",
        "soc: charity shop find",
    ),
    (
        (
            "does anyone know a dentist in south bristol that has ground floor surgeries? "
            "my current one is up two flights of stairs"
        ),
        "none",
        "prac: dentist access",
    ),
    (
        "the one on Wells Road is all on the ground floor, and they take NHS patients",
        "none",
        "prac: reply",
    ),
    (
        (
            "Physio waiting list is 14 weeks at the moment apparently. I've been doing my "
            "home exercises from the last lot while I wait"
        ),
        "none",
        "prac: physio waiting list",
    ),
]
