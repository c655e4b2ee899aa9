"""Labelled training posts, set B (medium emphasis), for the safeguarding screener. Written on
2026-11-26 by a helper session for pmp-followon, from the safeguarding design rules (docs in
../shared/design: safeguarding.md rules 1-5, domain.md) and the seed paper on follow-on peer
support groups after NHS Pain Management Programmes. Every post is invented (no real person's
words). 320 posts: 170 "medium" (burden; trapped or can't cope; hopelessness; a passive wish
alone; withdrawal and low mood shown as behaviour; concern about another member), 30 "high" (a
medium cue plus a high cue) and 120 "none" (hard negatives that sound similar on the surface).
For training and tuning the triage screener that routes worrying posts to a clinician for human
review; not for risk prediction.
"""

SAMPLES_TRAIN_B: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "my daughter had to come round again to do my washing and basically put me to "
        "bed. shes got 3 kids of her own. im just another job on her list now",
        "medium",
        "burden: another job on her list",
    ),
    (
        "honestly think everyone would have an easier life if they didnt have to factor "
        "me in. cancelled on my sister again today",
        "medium",
        "burden: everyone easier without me",
    ),
    (
        "Hubby took another day off work to drive me to the hospital. That's his holiday "
        "gone on me again. He never says anything but I can see it. I'm a weight round "
        "his neck.",
        "medium",
        "burden: weight round his neck",
    ),
    (
        "theyd be better off without me tbh. not being dramatic just stating facts",
        "medium",
        "burden: better off without me",
    ),
    (
        "i cost my family a fortune. the heating on all day, the taxis, the special "
        "mattress. and what do they get back? nothing",
        "medium",
        "burden: cost to family",
    ),
    (
        "feel like a burden to all of you as well to be honest, always moaning on here. sorry",
        "medium",
        "burden: to the group",
    ),
    (
        "my son says mum stop apologising. but what else can i do when im the reason "
        "none of them can go on holiday",
        "medium",
        "burden: reason family cant holiday",
    ),
    (
        "Been lying here listening to my husband and daughter argue about who's taking "
        "me to the pain clinic on Thursday. Neither of them wants to. I don't blame "
        "them. I'm just a problem to be solved.",
        "medium",
        "burden: problem to be solved",
    ),
    (
        "im the anchor dragging everyone down. partner, kids, even the dog doesnt get "
        "walked proper cos of me",
        "medium",
        "burden: anchor metaphor",
    ),
    (
        "my grandson asked why nanny cant come to sports day again. everyone has to make "
        "allowances for me all the time. its not fair on them",
        "medium",
        "burden: everyone makes allowances",
    ),
    (
        "does anyone else feel like theyre just taking up space? eating the food, using "
        "up the carers time, and giving nothing back",
        "medium",
        "burden: taking up space",
    ),
    (
        "wife would have a much better life with someone who can actually do things. ive "
        "told her to go. she wont. shes wasting her life on me",
        "medium",
        "burden: wife deserves better",
    ),
    (
        "the kids would have more of a life if they werent stuck looking after me. 19 "
        "and 22 and theyre my carers. thats not right",
        "medium",
        "burden: young carers",
    ),
    (
        "I know I'm a drain on the NHS, on my family, on everyone. Sorry for the gloomy post.",
        "medium",
        "burden: drain on everyone",
    ),
    (
        "sometimes i think my mum shouldnt be doing this at 74. she should be enjoying "
        "her retirement not running round after her grown up daughter. i ruined that for "
        "her",
        "medium",
        "burden: ruined mums retirement",
    ),
    (
        "been told I'm 'hard work' by my sister today. she's right. I'm hard work for "
        "everyone who has to deal with me",
        "medium",
        "burden: hard work for everyone",
    ),
    (
        "Morning all. Frost on the car again, my neighbour scraped it for me bless him. "
        "Hospital transport at 10 for the nerve block. Kev's had to swap his shift again "
        "to sit with me after. Everyone's life revolves round my appointments. They'd "
        "have a much easier time of it if I wasn't in the picture.",
        "medium",
        "burden in ordinary chatter",
    ),
    (
        "Struggling to see what I bring to anyone anymore. I used to be the one who "
        "helped. Now I'm the one everybody has to help.",
        "medium",
        "burden: used to help, now helped",
    ),
    (
        "partner does everything now. cooking cleaning shopping, my meds, my "
        "appointments. im not a partner im a patient he lives with. he deserves better "
        "than that",
        "medium",
        "burden: patient not partner",
    ),
    (
        "not coming thurs, dont want to be the one slowing everyone down on the walk "
        "again. you lot go without me its easier",
        "medium",
        "burden: slowing the group down",
    ),
    (
        "my husband was up 4 times last night with me. hes got work at 6. i can see what "
        "its doing to him and its my fault",
        "medium",
        "burden: my fault he is exhausted",
    ),
    (
        "everyone keeps saying 'youre not a burden' which is exactly what youd say to a "
        "burden isnt it 🙃",
        "medium",
        "burden: sarcastic reassurance",
    ),
    (
        "I'm just dead weight at home now. Can't work, can't drive, can't even do the "
        "school run. The others carry me.",
        "medium",
        "burden: dead weight",
    ),
    (
        "hate that my friends have to pick places with a lift and soft chairs just for "
        "me. theyd be better off going out without the cripple tagging along lol",
        "medium",
        "burden: friends better off, joking tone",
    ),
    (
        "my benefits, my taxis, my hospital transport. im a cost to everyone. cant shake "
        "that feeling this week",
        "medium",
        "burden: a cost to everyone",
    ),
    (
        "carer comes in twice a day now and my kids pay towards it. money that should be "
        "going on their own kids. all that money spent on keeping me going",
        "medium",
        "burden: kids paying for care",
    ),
    (
        "feel so guilty. my daughter gave up her job to look after me. she had a good "
        "career. i took that off her",
        "medium",
        "burden: took daughters career",
    ),
    (
        "dont worry about saving me a seat tmrw, im sure youll all have a nicer time "
        "without me moaning in the corner x",
        "medium",
        "burden: nicer time without me",
    ),
    ("i cant cope anymore. thats all. cant cope", "medium", "can't cope, bare"),
    ("feel like im in a prison and my body is the walls", "medium", "trapped: body as prison"),
    (
        "at the end of my tether today. nothing is working, the flare has gone on 3 "
        "weeks, the baby wont settle and i just cant do this",
        "medium",
        "end of tether",
    ),
    (
        "I'm drowning. Every day the water gets a bit higher and nobody on the bank can see it.",
        "medium",
        "trapped: drowning metaphor",
    ),
    (
        "stuck. stuck in this house stuck in this body stuck on this waiting list. no "
        "way out of any of it",
        "medium",
        "trapped: no way out",
    ),
    (
        "its like being locked in a room that keeps getting smaller",
        "medium",
        "trapped: room getting smaller",
    ),
    (
        "how much longer am i supposed to do this for. 14 years of CRPS and its only "
        "getting worse. i'm done in",
        "medium",
        "trapped: how much longer",
    ),
    (
        "Spent the morning crying in the Tesco car park because I couldn't face going "
        "in. Something has to give, I am not coping.",
        "medium",
        "not coping: crying in car park",
    ),
    (
        "i feel trapped. cant work, cant leave the flat without help, cant get better. "
        "round and round",
        "medium",
        "trapped: round and round",
    ),
    (
        "its all too much. i cant keep going like this, something has to give",
        "medium",
        "can't keep going like this",
    ),
    (
        "no escape from it. pain in the day, pain at night, pain in my dreams. im at "
        "breaking point",
        "medium",
        "breaking point",
    ),
    (
        "fibro fog, the kids, the PIP appeal, and now the boiler's gone. i'm at the end of my rope",
        "medium",
        "end of my rope, everyday pile-up",
    ),
    ("Can't cope with another day like today. Can't. Cope.", "medium", "can't cope, emphatic"),
    ("im hanging on by my fingernails here", "medium", "hanging on by fingernails"),
    (
        "honestly feel like a hamster on a wheel. wake up, pain, pills, telly, bed, "
        "repeat. theres no getting off",
        "medium",
        "trapped: hamster wheel",
    ),
    (
        "the walls are closing in. havent been further than the front gate since october",
        "medium",
        "trapped: walls closing in",
    ),
    (
        "my head is full to bursting. too much going on and i cant hold it all. think im "
        "going to crack",
        "medium",
        "about to crack",
    ),
    (
        "Why does nobody tell you that chronic pain is a life sentence with no parole",
        "medium",
        "trapped: life sentence",
    ),
    (
        "im not managing. i say im fine to everyone but im not managing at all",
        "medium",
        "not managing, masking",
    ),
    (
        "drowning in paperwork from the DWP on top of everything else. the PIP form "
        "finished me off. ive got nothing left",
        "medium",
        "can't cope: nothing left",
    ),
    (
        "feels like someone has taken the floor away and im just falling",
        "medium",
        "falling metaphor",
    ),
    (
        "cant do this anymore. the pain the fatigue the being on my own all day",
        "medium",
        "can't do this anymore",
    ),
    (
        "been at the end of my tether all week. snapped at the kids, snapped at my mum, "
        "sat on the bathroom floor for an hour",
        "medium",
        "end of tether, snapping",
    ),
    (
        "cornered. thats the word. my body has cornered me and theres nowhere to go",
        "medium",
        "trapped: cornered",
    ),
    (
        "Every morning I wake up and it's still there. There's no way out of this, is there",
        "medium",
        "trapped: rhetorical no way out",
    ),
    (
        "its too much. too much. cant breathe with it all",
        "medium",
        "overwhelmed: can't breathe with it",
    ),
    (
        "My husband says one day at a time but I can't even do one hour at a time at the "
        "minute. I'm going under.",
        "medium",
        "going under",
    ),
    (
        "rain again. washing wont dry, the dog is bored, my hips are seizing up with the "
        "damp, kids off for an inset day. honestly i feel like im drowning and nobody "
        "can tell",
        "medium",
        "drowning, in weather chatter",
    ),
    (
        "whats the point. genuinely. whats the point of any of it",
        "medium",
        "hopelessness: what's the point",
    ),
    ("nothing will ever change. i know that now", "medium", "hopelessness: nothing will change"),
    (
        "why bother doing the exercises. why bother pacing. ill still be in pain either way",
        "medium",
        "hopelessness: why bother",
    ),
    (
        "this is it for me now isnt it. this is my life. the sofa and the telly and the pain",
        "medium",
        "hopelessness: this is it for me now",
    ),
    (
        "Nineteen years of being told it'll get better. It won't. I've stopped believing anyone.",
        "medium",
        "hopelessness: stopped believing",
    ),
    (
        "cant see any light at the end of the tunnel anymore. used to be able to",
        "medium",
        "hopelessness: no light in tunnel",
    ),
    (
        "theres nothing to look forward to. christmas, birthdays, its all just more pain "
        "with tinsel on",
        "medium",
        "hopelessness: nothing to look forward to",
    ),
    (
        "honestly whats the point in going to the GP again. theyve got nothing left to "
        "try and neither have i",
        "medium",
        "hopelessness: nothing left to try",
    ),
    (
        "i keep doing everything right and it makes no difference. i give up trying",
        "medium",
        "hopelessness: giving up trying",
    ),
    (
        "Is this really as good as it gets? Because if so I don't see the point.",
        "medium",
        "hopelessness: as good as it gets",
    ),
    (
        "my future is a wheelchair and a carer and thats the best case. cant get excited "
        "about that",
        "medium",
        "hopelessness: bleak future",
    ),
    (
        "no point booking anything for next year. i wont be up to it. im never up to anything",
        "medium",
        "hopelessness: no point booking",
    ),
    (
        "the consultant said theres nothing more they can do. so thats that. game over for me",
        "medium",
        "hopelessness: game over",
    ),
    (
        "feel like ive lost the fight. cant even remember what i was fighting for",
        "medium",
        "hopelessness: lost the fight",
    ),
    (
        "everyone on here says it gets better. it doesnt though does it. not really",
        "medium",
        "hopelessness: it doesn't get better",
    ),
    (
        "I used to think the next treatment would be the one. Now I don't think there is "
        "a next one.",
        "medium",
        "hopelessness: no next treatment",
    ),
    ("empty. just empty. no hope left in the tank", "medium", "hopelessness: empty tank"),
    (
        "going through the motions. get up, meds, sit, meds, bed. none of it goes anywhere",
        "medium",
        "hopelessness: going through the motions",
    ),
    (
        "why bother getting dressed when nothings going to happen today or tomorrow or "
        "the day after",
        "medium",
        "hopelessness: why get dressed",
    ),
    (
        "im a shell of who i was and that person isnt coming back",
        "medium",
        "hopelessness: a shell, never coming back",
    ),
    (
        "what is there to get better FOR. genuine question",
        "medium",
        "hopelessness: get better for what",
    ),
    (
        "new year new me they say. same old me, same old pain, same nothing",
        "medium",
        "hopelessness: same nothing",
    ),
    ("I don't see a way forward. Not with this body.", "medium", "hopelessness: no way forward"),
    (
        "pain clinic discharged me. PMP done. group nearly finished. then what? nothing. "
        "just me and this forever",
        "medium",
        "hopelessness: discharged, then what",
    ),
    (
        "people keep telling me to hold on. hold on for what",
        "medium",
        "hopelessness: hold on for what",
    ),
    (
        "all the pacing in the world isnt going to give me my life back. might as well "
        "stop pretending",
        "medium",
        "hopelessness: stop pretending",
    ),
    (
        "feel like my lifes over at 34. everyone else moving on and im frozen here and "
        "always will be",
        "medium",
        "hopelessness: life over at 34",
    ),
    (
        "lovely to see the sun today. took the dog round the block, slowly. blossom "
        "coming out on the cherry tree. and all i could think was ill be in exactly this "
        "same place next spring, and the one after. nothing ever shifts",
        "medium",
        "hopelessness, in ordinary chatter",
    ),
    ("wouldnt mind if i didnt wake up tomorrow tbh", "medium", "passive wish: not wake up"),
    (
        "went to bed last night hoping i just wouldnt wake up. woke up. typical",
        "medium",
        "passive wish: hoped not to wake",
    ),
    (
        "people who've died are the lucky ones. at least theyre not in pain",
        "medium",
        "passive wish: dead are the lucky ones",
    ),
    (
        "If I went to sleep and didn't wake up, honestly I'd be alright with that.",
        "medium",
        "passive wish: alright with not waking",
    ),
    ("i envy my nan. shes at peace now. no more pain", "medium", "passive wish: envy nan at peace"),
    (
        "wish i could just go to sleep for a year. or forever. either would do",
        "medium",
        "passive wish: sleep forever",
    ),
    (
        "not saying id do anything. just wouldnt be sad if it all stopped",
        "medium",
        "passive wish: wouldn't be sad if it stopped",
    ),
    (
        "heard an old school friend passed away last week and my first thought was lucky "
        "her. thats messed up isnt it",
        "medium",
        "passive wish: 'lucky her' about a death",
    ),
    (
        "Sometimes I wish the surgeon had just not woken me up after the op.",
        "medium",
        "passive wish: not woken after op",
    ),
    (
        "every night i ask whoever is listening to just take me in my sleep",
        "medium",
        "passive wish: take me in my sleep",
    ),
    (
        "if god wants me he can have me. i wont put up a fight",
        "medium",
        "passive wish: won't put up a fight",
    ),
    (
        "i dont want to die exactly, i just dont want to be here either. does that make sense",
        "medium",
        "passive wish: don't want to be here",
    ),
    (
        "wish id never been born some days. today is one of them",
        "medium",
        "passive wish: never been born",
    ),
    (
        "when the ambulance came for the old man next door I was almost jealous. awful "
        "thing to say",
        "medium",
        "passive wish: jealous of ambulance case",
    ),
    (
        "sometimes i think itd be a relief if my heart just stopped",
        "medium",
        "passive wish: relief if heart stopped",
    ),
    (
        "Not suicidal or anything, before anyone panics. I just would not mind very much "
        "if I didn't get to see another birthday.",
        "medium",
        "passive wish: not see another birthday",
    ),
    ("wish i could just fade out. quietly. no fuss", "medium", "passive wish: fade out"),
    (
        "part of me hopes the scan finds something bad. then at least there'd be an end date",
        "medium",
        "passive wish: hoping scan finds something",
    ),
    (
        "id swap with anyone in the churchyard right now. at least they get to rest",
        "medium",
        "passive wish: swap with churchyard",
    ),
    (
        "sometimes i pray not to wake up. then i feel guilty for praying it",
        "medium",
        "passive wish: pray not to wake",
    ),
    (
        "Dad went peacefully at 91. Sometimes I think he got the better deal.",
        "medium",
        "passive wish: dad got better deal",
    ),
    (
        "dont really care if i live to see 50 anymore",
        "medium",
        "passive wish: don't care about reaching 50",
    ),
    (
        "wish this flu would just take me and be done with it lol",
        "medium",
        "passive wish: joking about flu",
    ),
    (
        "honestly if the doctor told me i had a month left id be relieved",
        "medium",
        "passive wish: relieved at a month left",
    ),
    (
        "would rather not be here than be here like this",
        "medium",
        "passive wish: rather not be here",
    ),
    (
        "i hope i go before my husband does. sooner rather than later",
        "medium",
        "passive wish: go sooner rather than later",
    ),
    (
        "whenever i hear about someone dying in their sleep i think, that'd do me",
        "medium",
        "passive wish: dying in sleep 'would do me'",
    ),
    (
        "Quiz night was fun, well done table 3! Sorry I slipped off early, back was "
        "giving me grief. Some nights I go to bed and honestly wouldn't mind not waking "
        "up.",
        "medium",
        "passive wish, in quiz chatter",
    ),
    (
        "havent eaten properly in days. cant be bothered. just tea",
        "medium",
        "withdrawal: not eating",
    ),
    (
        "not been out of bed since sunday except for the loo",
        "medium",
        "withdrawal: not leaving bed",
    ),
    (
        "havent spoken to anyone all week. phones been on silent. sorry if youve tried to ring",
        "medium",
        "withdrawal: phone on silent",
    ),
    (
        "Haven't opened the curtains for a fortnight. Don't see the point in letting the light in.",
        "medium",
        "withdrawal: curtains shut",
    ),
    (
        "ive stopped answering the door. carer leaves the shopping on the step now",
        "medium",
        "withdrawal: not answering door",
    ),
    (
        "missed the last three meetings, been lying on the sofa mostly. not really up to "
        "seeing anyone, sorry",
        "medium",
        "withdrawal: missing meetings, on sofa",
    ),
    (
        "i havent showered in over a week. i know. i just cant make myself",
        "medium",
        "withdrawal: not washing",
    ),
    (
        "cancelled my physio, cancelled my hair, cancelled my sisters birthday meal. "
        "just want to hide under the duvet",
        "medium",
        "withdrawal: cancelling everything",
    ),
    (
        "Stopped doing my exercises, stopped going to the allotment, stopped ringing my "
        "sister. I just sit.",
        "medium",
        "withdrawal: stopped everything, just sits",
    ),
    (
        "not replied to anyones messages in ages. they all just sit there unread. im sorry",
        "medium",
        "withdrawal: messages unread",
    ),
    (
        "i sleep most of the day now. easier than being awake",
        "medium",
        "withdrawal: sleeping all day",
    ),
    (
        "the grandkids came round and i stayed upstairs. couldnt face them. told my "
        "daughter i had a migraine",
        "medium",
        "withdrawal: hid from grandkids",
    ),
    (
        "Eating one meal a day if that. Lost a stone since the summer without trying.",
        "medium",
        "withdrawal: weight loss, one meal",
    ),
    (
        "dont really talk to my husband anymore, we just sit in different rooms",
        "medium",
        "withdrawal: not talking to husband",
    ),
    (
        "left the group whatsapp muted for weeks. havent got anything to say to anyone",
        "medium",
        "withdrawal: muted group chat",
    ),
    (
        "just been staring at the wall for hours. dont even put the telly on anymore",
        "medium",
        "low mood: staring at wall",
    ),
    (
        "I've let the house go completely. Dishes piled up, post unopened, bins not out. "
        "I just can't get started on anything.",
        "medium",
        "withdrawal: house let go",
    ),
    (
        "been wearing the same clothes for 4 days. not left the flat since the weekend",
        "medium",
        "withdrawal: same clothes, not left flat",
    ),
    (
        "havent been to the allotment since july. my beans just rotted on the canes. "
        "cant bring myself to go",
        "medium",
        "withdrawal: abandoned allotment",
    ),
    (
        "stopped taking calls from my mum. she only asks how i am and i cant answer that",
        "medium",
        "withdrawal: avoiding mum's calls",
    ),
    (
        "no appetite, no sleep, no energy, no interest in anything. just lie here",
        "medium",
        "low mood: no appetite, no interest",
    ),
    (
        "deleted facebook, stopped going to church, stopped going to the group. just "
        "easier on my own",
        "medium",
        "withdrawal: cut off church, group",
    ),
    (
        "Cried most of today. Didn't get dressed. Didn't eat till teatime.",
        "medium",
        "low mood: crying, not dressed",
    ),
    (
        "ive been hiding in my room a lot. kids think im just tired",
        "medium",
        "withdrawal: hiding in room",
    ),
    (
        "i used to love my crafting. all my stuff is in boxes now. havent touched it in months",
        "medium",
        "withdrawal: stopped hobby",
    ),
    (
        "skipped another meal. dont feel hungry. dont feel anything really",
        "medium",
        "low mood: skipped meals, numb",
    ),
    (
        "its 3pm and im still in bed. thats been every day this week",
        "medium",
        "withdrawal: in bed at 3pm daily",
    ),
    (
        "Haven't been sleeping, up all hours, then lying in till the afternoon. Haven't "
        "seen daylight properly in weeks.",
        "medium",
        "withdrawal: no daylight for weeks",
    ),
    (
        "Evening all. Sorry I've not been on. Not much to report. The heating engineer "
        "came Tuesday which was a palaver. I've not really been eating, can't face "
        "cooking for one, and I haven't been out the door since he left. Anyway how is "
        "everyone?",
        "medium",
        "withdrawal, in chatty update",
    ),
    (
        "has anyone heard from Dave lately? he said a few worrying things at the last meetup",
        "medium",
        "concern: worrying things said",
    ),
    (
        "can someone check on Lorraine? shes not replied to anything since tuesday and "
        "thats not like her",
        "medium",
        "concern: can someone check on",
    ),
    (
        "bit worried about Pete. hes gone really quiet on here and didnt come on thursday",
        "medium",
        "concern: gone quiet",
    ),
    (
        "Margaret said something at the meeting that's been playing on my mind. She said "
        "she didn't know how much longer she could keep going. Has anyone spoken to her "
        "since?",
        "medium",
        "concern: said something worrying",
    ),
    (
        "not to gossip but is sue ok? her last message was a bit odd and now nothing",
        "medium",
        "concern: odd message then silence",
    ),
    (
        "Does anyone have a number for Kev other than his mobile? It's been switched off for days.",
        "medium",
        "concern: phone off for days",
    ),
    (
        "im worried about someone in the group. wont say who on here but they said "
        "something on the phone last night that really worried me. what should i do",
        "medium",
        "concern: unnamed member, phone call",
    ),
    (
        "has anyone seen Jan lately? her curtains have been shut all week and shes not answering",
        "medium",
        "concern: curtains shut, not answering",
    ),
    (
        "Tina you've gone very quiet hun. everything ok? xx",
        "medium",
        "concern: direct to member gone quiet",
    ),
    (
        "any news on Gary? he said at the cafe everyone would be better off without him "
        "and he wasnt laughing",
        "medium",
        "concern: member said better off without him",
    ),
    (
        "feel awful, someone messaged me privately last night and it sounded really "
        "dark. i dont know whether to tell someone",
        "medium",
        "concern: dark private message",
    ),
    (
        "can someone who lives near Bev pop round? she said she was in a bad way and now "
        "her phone goes straight to voicemail",
        "medium",
        "concern: pop round, voicemail",
    ),
    (
        "Worried about Angela. She's stopped coming to the group, stopped answering "
        "texts and her daughter says she barely leaves her room.",
        "medium",
        "concern: member withdrawn",
    ),
    (
        "Micks not posted for nearly 3 weeks. last thing he said was 'whats the point'. "
        "anyone know how he is?",
        "medium",
        "concern: silent after 'whats the point'",
    ),
    (
        "is it just me or has Priya seemed really down lately? she was so flat at the meeting",
        "medium",
        "concern: seemed down",
    ),
    (
        "who has Col's landline? hes gone off radar and i dont like it",
        "medium",
        "concern: gone off radar",
    ),
    (
        "Just a gentle nudge to everyone to keep an eye on Ros. She had a very bad week "
        "and said some things that worried me.",
        "medium",
        "concern: keep an eye on",
    ),
    (
        "not sure if i should say this on here but Ann told me shes given up on "
        "everything. im really worried",
        "medium",
        "concern: member given up",
    ),
    (
        "has anyone heard from the lady with the red coat from our PMP? she said some "
        "stuff on the way out that stuck with me",
        "medium",
        "concern: unnamed ex-PMP member",
    ),
    (
        "Lisa hasnt been online since her post on friday and that one sounded really "
        "low. can anyone get hold of her?",
        "medium",
        "concern: offline after low post",
    ),
    (
        "Dear all, I'm rather concerned about Brian. He rang me yesterday sounding very "
        "low and said he couldn't see the point anymore. I'm not sure what to do for the "
        "best.",
        "medium",
        "concern: formal, member sounded low",
    ),
    (
        "someone check on Jodie pls, she said she hasnt eaten in days and isnt getting out of bed",
        "medium",
        "concern: member not eating or getting up",
    ),
    (
        "anyone else worried about Steve or is it just me. hes not himself at all",
        "medium",
        "concern: not himself",
    ),
    (
        "its been ages since we heard from Carol. she was struggling last time we saw "
        "her. can someone try ringing?",
        "medium",
        "concern: not heard for ages",
    ),
    (
        "Fran went really quiet after she got her PIP letter. Anyone know if shes alright?",
        "medium",
        "concern: quiet after PIP letter",
    ),
    (
        "was talking to Hazel after the meeting and she said she wishes she could go to "
        "sleep and not wake up. didnt know what to say. shud i tell someone",
        "medium",
        "concern: member's passive wish reported",
    ),
    (
        "Raj isnt reading the group messages, the ticks stay grey. thats not like him at "
        "all. anyone?",
        "medium",
        "concern: messages unread",
    ),
    (
        "i think one of our members is really struggling and hiding it. how do we raise "
        "it without upsetting them?",
        "medium",
        "concern: unnamed member hiding it",
    ),
    (
        "Has anybody been in touch with Eileen? Her son says she's taken to her bed and "
        "won't see anyone.",
        "medium",
        "concern: taken to bed",
    ),
    (
        "theyd all be better off. ive been putting my tramadol aside for a while now, just in case",
        "high",
        "burden + saving tramadol",
    ),
    (
        "cant cope anymore. drove out to the bridge on the ring road last night and sat "
        "there for an hour",
        "high",
        "can't cope + near-attempt at a bridge",
    ),
    (
        "Lovely walk in the park this morning, the leaves are beautiful. I've found a "
        "new home for Bonnie with my cousin. Won't need to worry about her after this "
        "week. Nothing was ever going to change for me anyway.",
        "high",
        "hopelessness + rehoming pet with finality, in chatter",
    ),
    (
        "wish i wouldnt wake up. everyone would be better off, especially my husband",
        "high",
        "passive wish + burden",
    ),
    (
        "havent left the house in weeks. just wanted to say thank you all for "
        "everything, youve been good friends to me. take care of each other x",
        "high",
        "withdrawal + farewell",
    ),
    (
        "really worried about Dave. he told me hes been saving up his co-codamol and has "
        "'enough now'. has anyone got his address?",
        "high",
        "concern about member + saved co-codamol",
    ),
    (
        "after all these years of fighting i feel strangely calm now. ive made my "
        "decision and its a relief. nothing was ever going to change",
        "high",
        "hopelessness + sudden calm after decision",
    ),
    (
        "Been sorting my will and all my paperwork this week so nobody's left with a "
        "mess. I've been enough trouble to everyone already.",
        "high",
        "burden + affairs in order, will",
    ),
    (
        "couldnt cope last night so i cut my arm again. first time in 2 years. feel so stupid",
        "high",
        "can't cope + self-harm (cutting)",
    ),
    (
        "i cant leave, hes got my bank card and has my phone most of the time. he gets "
        "angry when im in too much pain to do things. scared to go home after the group "
        "tbh",
        "high",
        "trapped + not safe at home (coercive partner)",
    ),
    (
        "ive had enough. after friday none of this will matter. bye everyone",
        "high",
        "had enough + time with finality + goodbye",
    ),
    (
        "not been eating or sleeping. ended up in A&E on sunday after i took too many of "
        "my tablets. theyve sent me home now",
        "high",
        "low mood + recent overdose, A&E",
    ),
    (
        "wouldnt mind not waking up. got a drawer full of amitriptyline thats been getting fuller",
        "high",
        "passive wish + amitriptyline accumulating",
    ),
    (
        "written letters to the kids. theyll understand one day that its better for them this way",
        "high",
        "burden + letters left for children",
    ),
    (
        "been sitting by the railway line again. i cant do this much longer",
        "high",
        "can't go on + railway place",
    ),
    (
        "stopped taking all my meds a fortnight ago but ive kept them all in a box in "
        "the wardrobe. whats the point carrying on with any of it",
        "high",
        "hopelessness + stopped meds, stock kept",
    ),
    (
        "Lorraine just sent me a message saying thanks for everything and look after the "
        "dog for me. shes not answering. please can someone help",
        "high",
        "concern + member's farewell and pet handed over",
    ),
    (
        "not spoken to anyone for days. been hitting myself again when it gets bad, my "
        "legs are covered in bruises",
        "high",
        "withdrawal + self-harm (hitting self)",
    ),
    (
        "counted out what pregabalin and morphine ive got left over. theres enough. "
        "nothing is going to change for me anyway",
        "high",
        "hopelessness + counted pregabalin and morphine",
    ),
    (
        "at the top of the multi storey in town. cant cope. dont know why im posting this",
        "high",
        "can't cope + high place",
    ),
    (
        "ive given my sewing machine and all my fabric to my niece, i wont be needing "
        "them. wish i could just go to sleep and stay asleep",
        "high",
        "passive wish + giving possessions away",
    ),
    ("tonights the night i stop being everyones problem", "high", "burden + tonight with finality"),
    (
        "sorry i missed the meeting. my partner wont let me go out on my own anymore and "
        "he checks my phone. im not coping and i dont feel safe at home. please dont say "
        "anything to him",
        "high",
        "not safe at home (controlling partner) + not coping",
    ),
    (
        "been sitting in the car in the garage with the door shut, thinking. whats the "
        "point of any of it",
        "high",
        "hopelessness + garage and car",
    ),
    (
        "been quiet for a while. im at peace with things now. wanted you all to know i "
        "wont be needing a lift on thursday, or ever again",
        "high",
        "withdrawal + sudden calm + final goodbye",
    ),
    (
        "been buying extra paracetamol every time im in town and keeping it in my bag. i "
        "dont want to be a weight on anyone anymore",
        "high",
        "burden + stockpiling paracetamol",
    ),
    (
        "just found out Gary was taken to hospital last night after he tried to hurt "
        "himself. hed gone quiet on here for a week. i feel sick",
        "high",
        "concern + member's recent attempt",
    ),
    (
        "keep walking down to the river after dark. im so tired of being stuck like this",
        "high",
        "trapped + water place at night",
    ),
    (
        "This will be my last post. Nothing has changed in twelve years and it won't. "
        "Thank you all for trying.",
        "high",
        "hopelessness + last post",
    ),
    (
        "wish i could just disappear. scratched my arms till they bled again last night",
        "high",
        "passive wish + self-harm (scratching till bleeding)",
    ),
    (
        "the pain is killing me today lol, anyone else feel the damp in their joints",
        "none",
        "idiom: pain is killing me, no other cue",
    ),
    ("I could murder a cuppa and a custard cream right now", "none", "idiom: could murder a cuppa"),
    ("dying to see you all on thursday!! been a long month x", "none", "idiom: dying to see you"),
    (
        "my back is killing me after that car boot sale but worth it, got a lovely lamp for £2",
        "none",
        "idiom: back killing me, happy outing",
    ),
    (
        "if i hear one more person tell me to try yoga im going to scream 😂",
        "none",
        "hyperbole: going to scream, joke",
    ),
    (
        "this weather will be the death of me. rain rain rain",
        "none",
        "idiom: weather will be the death of me",
    ),
    (
        "my knees are absolutely screaming after the stairs at the station, never again. "
        "lift was broken obviously",
        "none",
        "venting: knees after station stairs",
    ),
    (
        "nearly died laughing at Pat's story about the mobility scooter and the pigeon",
        "none",
        "idiom: nearly died laughing",
    ),
    (
        "that quiz last night murdered me. 7 out of 20. dont tell anyone",
        "none",
        "idiom: quiz murdered me",
    ),
    (
        "I'm dead on my feet after the grandkids' sleepover but it was lovely",
        "none",
        "idiom: dead on my feet, happy",
    ),
    (
        "my husbands snoring is going to be the end of me. he sounds like a tractor",
        "none",
        "idiom: snoring will be the end of me",
    ),
    (
        "fibro fog is killing me today, put the milk in the cupboard and the cereal in "
        "the fridge 🙈",
        "none",
        "idiom: fibro fog killing me, joke",
    ),
    (
        "awful night, pain woke me at 2 and 4. feeling like a zombie but will have a "
        "gentle day and a nap later",
        "none",
        "tiredness after bad night, coping",
    ),
    (
        "shattered today, neighbours had a party till 3. back is grumbling but ill live",
        "none",
        "tiredness: noisy neighbours",
    ),
    (
        "No sleep again thanks to the hip. Pacing myself today, just a short walk to the "
        "post box and a sit down.",
        "none",
        "tiredness + pacing plan",
    ),
    (
        "tired tired tired. bad night. but the sun is out so im going to sit in the "
        "garden with a book",
        "none",
        "tiredness, sun out, book",
    ),
    (
        "flare up from hell this week. CRPS foot is purple and angry. doing my breathing "
        "and the hot water bottle. itll settle, always does eventually",
        "none",
        "venting flare with coping",
    ),
    (
        "migraine day 3. in a dark room with a cold flannel. will catch up with the chat "
        "when I can see straight x",
        "none",
        "migraine, will catch up",
    ),
    (
        "sciatica is doing its thing again. hate it but ive got my heat pad and my "
        "stretches. fingers crossed by the weekend",
        "none",
        "sciatica venting, hopeful",
    ),
    (
        "really frustrated today. did too much yesterday (boom and bust, I know, I know) "
        "and paying for it now",
        "none",
        "boom and bust frustration",
    ),
    (
        "arthritis in my hands is so bad i cant open jars. bought one of those gadget "
        "things from the mobility shop. game changer",
        "none",
        "arthritis hands, gadget tip",
    ),
    (
        "Nerve pain is rotten tonight. Just needed to moan to people who get it. Thank "
        "you for listening, off to watch Strictly.",
        "none",
        "needed a moan, off to watch TV",
    ),
    (
        "GP surgery put me on hold for 47 minutes then said ring back tomorrow. absolute joke",
        "none",
        "GP phone queue frustration",
    ),
    (
        "PIP assessment letter came. zero points for daily living. appealing obviously. "
        "anyone know a good welfare rights place near Bristol?",
        "none",
        "PIP zero points, appealing",
    ),
    (
        "my GP said 'have you tried losing weight'. for my FIBROMYALGIA. i could have screamed",
        "none",
        "GP frustration, weight comment",
    ),
    (
        "universal credit have lost my fit note AGAIN. third time. im so angry i could spit",
        "none",
        "Universal Credit lost fit note",
    ),
    (
        "finally got a face to face with an actual doctor, not the pharmacist or the "
        "physio associate or whatever they are. only took 5 weeks",
        "none",
        "finally saw a doctor",
    ),
    (
        "The PIP form is 40 pages. Forty. Doing a bit a day with my daughter. We'll get there.",
        "none",
        "PIP form, coping with help",
    ),
    (
        "consultant cancelled my appointment for the 3rd time. im fuming. rebooked for "
        "march apparently",
        "none",
        "consultant cancelled, fuming",
    ),
    (
        "what do you call a fibro patient who remembers everything? a liar 😂",
        "none",
        "joke about fibro memory",
    ),
    (
        "my physio says i need to strengthen my core. my core is 90% biscuit, good luck with that",
        "none",
        "joke: core is biscuit",
    ),
    (
        "just spent 10 mins looking for my glasses. they were on my head. I give up 🤣",
        "none",
        "joke: 'I give up' about glasses",
    ),
    (
        "the hot water bottle and i are in a committed relationship now. sorry to everyone else",
        "none",
        "joke: hot water bottle relationship",
    ),
    (
        "sorry ive missed the last couple of meetups, flare and then the kids had "
        "chickenpox. back next month for sure, save me a seat x",
        "none",
        "missed meetups, coming back",
    ),
    (
        "Hi all, I've been absent for a while as my mum was in hospital. She's home now "
        "and I'll be at the cafe on the 14th.",
        "none",
        "absent for mum in hospital, returning",
    ),
    (
        "been off the board for a few weeks, needed a break from screens with the "
        "migraines. missed you all, im back!",
        "none",
        "break from screens, back now",
    ),
    (
        "taking a little break from the chat over christmas as its mad here. will be "
        "back in the new year, have a lovely one everyone",
        "none",
        "break over christmas with return",
    ),
    (
        "has anyone heard from Dave? oh wait hes in Tenerife isnt he 😂 lucky sod",
        "none",
        "asking after member on holiday (joke)",
    ),
    (
        "Where's Sandra been? Is she still up at her sister's in Scotland?",
        "none",
        "asking after member at sister's",
    ),
    (
        "anyone know when Bev is back from her cruise? want to hear all about it",
        "none",
        "asking when member back from cruise",
    ),
    (
        "miss Linda's posts! hope the caravan in Wales is treating her well",
        "none",
        "missing member on caravan holiday",
    ),
    (
        "three years ago I was in a really dark place, couldn't get off the sofa. Now "
        "I'm walking to the allotment twice a week. Don't give up on the pacing, it does "
        "work, slowly",
        "none",
        "past-tense recovery: dark place then allotment",
    ),
    (
        "when i first got diagnosed i thought my life was over. i honestly did. 6 years "
        "on ive got a part time job and a dog and a life. it changes",
        "none",
        "past-tense recovery: thought life was over",
    ),
    (
        "Before the PMP I was on so many tablets I rattled. I've cut down a lot with the "
        "GP's help and feel much clearer.",
        "none",
        "past-tense: cut down tablets",
    ),
    (
        "i remember sitting in that first session thinking whats the point of this. so "
        "glad i stuck it out. best thing i did",
        "none",
        "past-tense: 'whats the point' at first session",
    ),
    (
        "Two years ago I didn't want to be here. I got help from my GP and the mental "
        "health team and things are so different now. Posting in case anyone needs to "
        "hear that it gets better.",
        "none",
        "past-tense recovery with help sought",
    ),
    (
        "does anyone else take pregabalin? the drowsiness is awful for the first few "
        "weeks, does it settle?",
        "none",
        "medicine question: pregabalin drowsiness",
    ),
    (
        "what time of day do you all take your amitriptyline? GP said evening but im "
        "like a zombie in the morning",
        "none",
        "medicine question: amitriptyline timing",
    ),
    (
        "top tip: get a dosette box from boots. changed my life, no more wondering if i "
        "took my morning tablets",
        "none",
        "medicine routine: dosette box tip",
    ),
    (
        "going to spain in may, do i need a letter from the GP to take my tramadol "
        "through the airport?",
        "none",
        "medicine: travelling with tramadol",
    ),
    (
        "repeat prescription went missing again at the chemist. had to go back twice. sorted now",
        "none",
        "repeat prescription hassle",
    ),
    (
        "anyone on fentanyl patches know if you can have a hot bath with them on? the "
        "leaflet is confusing",
        "none",
        "medicine question: fentanyl patch and bath",
    ),
    (
        "Just a reminder to check the dates on your paracetamol, I found a box from 2019 "
        "at the back of the cupboard! Taking the old ones back to the chemist.",
        "none",
        "medicine: returning old paracetamol",
    ),
    (
        "codeine makes me so constipated. what do you all do? prunes aren't cutting it",
        "none",
        "medicine side effect: codeine",
    ),
    (
        "my gabapentin dose went up this week. bit wobbly on my feet but otherwise ok",
        "none",
        "medicine: gabapentin dose up",
    ),
    (
        "are we allowed to take our meds out of the packets into a pill organiser for "
        "holidays? or do they need the box",
        "none",
        "medicine question: pill organiser for holiday",
    ),
    (
        "sertraline has really helped my mood and the pain a bit too. took about 6 weeks "
        "to kick in though for anyone just starting",
        "none",
        "medicine: sertraline helped",
    ),
    (
        "counting down the days till my new prescription starts, the old one just isnt touching it",
        "none",
        "innocent 'counting' + prescription",
    ),
    (
        "diazepam for my back spasms was only for 5 days, GP wont give more. fair enough i suppose",
        "none",
        "medicine: diazepam course ended",
    ),
    (
        "goodbye everyone! were moving to Devon next month to be near the kids. ill join "
        "a group down there but ill stay on here too for a bit x",
        "none",
        "benign goodbye: moving to Devon",
    ),
    (
        "This is my last post on this group as I've moved over to the Tuesday group, "
        "it's easier for the bus. Thanks for having me, see you at the summer get "
        "together!",
        "none",
        "benign last post: moving group",
    ),
    (
        "final meeting before the christmas break on the 12th, bring a mince pie if you can",
        "none",
        "'final meeting' before break",
    ),
    (
        "saying goodbye to the old car today, shes done 180k. new (to me) one has a "
        "higher seat which is so much better for my back",
        "none",
        "'saying goodbye' to old car",
    ),
    (
        "off on holiday tomorrow for a fortnight! wont be checking in much. be good all x",
        "none",
        "holiday goodbye",
    ),
    (
        "I've decided to step back as coordinator after 2 years, time for someone else "
        "to have a go. Happy to show whoever takes over how it works. I'm not going "
        "anywhere!",
        "none",
        "'decided' to step back as coordinator",
    ),
    (
        "anyone watching that drama on bbc about the train crash? bit grim but gripping",
        "none",
        "TV mention: train crash drama",
    ),
    (
        "reading a crime novel where they find a body under a bridge in chapter one. "
        "cant put it down, will lend it to anyone after",
        "none",
        "book mention: crime novel, bridge",
    ),
    (
        "Did you see the news about the pain clinic closing in Swindon? Terrible.",
        "none",
        "news: clinic closing elsewhere",
    ),
    (
        "the knife block from Lakeland with the chunky handles is brilliant for "
        "arthritic hands, recommend",
        "none",
        "innocent 'knife': kitchen tip",
    ),
    (
        "got some rope lights for the garden, looks lovely at night",
        "none",
        "innocent 'rope' lights",
    ),
    (
        "walked over the suspension bridge today for the first time since my op! took my "
        "time but did it 💪",
        "none",
        "innocent 'bridge': walking achievement",
    ),
    (
        "train to london was a nightmare, no seats, stood till Swindon. back is not happy",
        "none",
        "innocent 'train': stood till Swindon",
    ),
    (
        "meet at the station cafe at 11? its got a ramp and the toilets are accessible",
        "none",
        "innocent 'station': meeting venue",
    ),
    (
        "road works outside my house for 3 weeks, the noise is doing my head in",
        "none",
        "innocent 'road' works",
    ),
    (
        "spent the afternoon in the garage sorting the tools. had to do it in 20 min "
        "chunks but got it done",
        "none",
        "innocent 'garage': sorting tools",
    ),
    ("my shed is finally tidy! only took 6 months of pacing 😂", "none", "innocent 'shed' tidy"),
    (
        "anyone know if the disabled parking at the car park by the library is free on sundays?",
        "none",
        "innocent 'car park' question",
    ),
    (
        "making a plan for the week with my goals like we did on the PMP. monday "
        "swimming, wed coffee with you lot",
        "none",
        "innocent 'plan': PMP goals",
    ),
    (
        "last swim of the season at the lido today, freezing but worth it",
        "none",
        "innocent 'last': end of lido season",
    ),
    (
        "the end of the month cant come quick enough, waiting on my payment",
        "none",
        "innocent 'end' of month",
    ),
    (
        "got a lovely letter from my old physio today, shes retiring. made me cry happy tears",
        "none",
        "innocent 'letter' from physio",
    ),
    (
        "my will power is zero when it comes to chocolate digestives",
        "none",
        "innocent 'will' power",
    ),
    (
        "tonights plan: bath, heat pad, bed by 9. living the dream",
        "none",
        "innocent 'tonight' plan",
    ),
    (
        "finally at peace with the fact that ill never be a marathon runner 😂 swimming it is",
        "none",
        "innocent 'at peace' joke",
    ),
    (
        "I've decided to try the hydrotherapy pool at the hospital. Has anyone been? "
        "What do I need to bring?",
        "none",
        "innocent 'decided': hydrotherapy",
    ),
    (
        "giving away a stairlift, ours is no longer needed as weve moved to a bungalow. "
        "free to anyone in the group, youd just need to collect",
        "none",
        "innocent giving away: stairlift",
    ),
    (
        "having a clear out, giving away loads of books and jigsaws. come and take what "
        "you like on saturday",
        "none",
        "innocent giving away: clear out",
    ),
    (
        "the kids are better off at after school club on weds, gives me a rest and they love it",
        "none",
        "innocent 'better off': after school club",
    ),
    (
        "I'm going to end my membership at the gym, I never go. The hydro pool is better value.",
        "none",
        "innocent 'end': gym membership",
    ),
    (
        "tablets are so confusing, my ipad keeps updating itself. can anyone help me get "
        "on the group video call?",
        "none",
        "innocent 'tablets': ipad help",
    ),
    (
        "the new patches from the GP are working better than the gel, less skin irritation",
        "none",
        "innocent 'patches': better than gel",
    ),
    (
        "went to the seaside today, sat on a bench on the cliff top with an ice cream. bliss",
        "none",
        "innocent 'cliff top' outing",
    ),
    (
        "up in the loft getting the christmas decorations down. husband did the ladder, "
        "I did the supervising",
        "none",
        "innocent 'high up' in loft",
    ),
    (
        "going down the river with my grandson to feed the ducks tomorrow if it stays dry",
        "none",
        "innocent 'river' with grandson",
    ),
    (
        "had to say goodbye to our old dog Bess today, she was 15. heartbroken but she "
        "had a lovely life",
        "none",
        "grief for old dog, no risk cue",
    ),
    (
        "my mums funeral is on friday. thank you for all the lovely messages. ill be "
        "back at the group when things settle",
        "none",
        "bereavement, returning later",
    ),
    (
        "final piece of the jigsaw in!! 1000 pieces, took 3 weeks",
        "none",
        "innocent 'final' jigsaw piece",
    ),
    ("ive given up sugar in my tea. day 4. not going well", "none", "innocent 'given up' sugar"),
    (
        "Cut my finger chopping onions and the plaster won't stay on, typical",
        "none",
        "accidental cut while cooking",
    ),
    (
        "burnt my hand on the oven tray again. my hands just dont grip properly anymore. "
        "ordered some of those long oven gloves",
        "none",
        "accidental burn, grip",
    ),
    (
        "scratched the car on the gatepost reversing out. hubby not impressed",
        "none",
        "innocent 'scratched' car",
    ),
    (
        "im fed up with this cold weather. cant wait for spring and the allotment",
        "none",
        "fed up with cold, looking forward",
    ),
    (
        "low day today, pain high, mood meh. but spoke to my sister and had a good laugh "
        "so not all bad",
        "none",
        "low day but coping, laugh",
    ),
    (
        "nobody at work understands chronic pain. my manager thinks im making it up. "
        "glad ive got you lot",
        "none",
        "work frustration, glad of group",
    ),
    (
        "went to Tesco on my own for the first time in months!!! small wins",
        "none",
        "small win: Tesco alone",
    ),
    (
        "im done with the tens machine, it does nothing for me. anyone want it?",
        "none",
        "'im done with' TENS machine",
    ),
    (
        "I'm on the waiting list for the spinal surgeon. Nervous but hopeful.",
        "none",
        "waiting list, hopeful",
    ),
    (
        "wish i could sleep for a week lol. the grandkids are here for half term",
        "none",
        "idiom: sleep for a week (tired)",
    ),
    (
        "dont worry about me, im not going anywhere, just having a duvet day with the "
        "cat and a box set",
        "none",
        "duvet day, reassuring",
    ),
    (
        "Good afternoon everyone. A short note to confirm that our next meeting will be "
        "at the Methodist hall at 2pm. Tea and biscuits provided as usual. Regards, "
        "Maureen.",
        "none",
        "formal older writer: meeting minutes",
    ),
    (
        "allotment update: got the onions in! did 15 mins digging then a sit down with a "
        "flask, like the physio said. proud of myself",
        "none",
        "allotment update with pacing",
    ),
    (
        "how did Pam's knee op go? anyone heard? sending her love",
        "none",
        "asking after member's surgery",
    ),
    (
        "right, moan incoming. bin men missed us again, dog was sick on the rug, my hip "
        "has been grinding all day and the heating is on the blink. BUT i did my "
        "stretches and my neighbour brought round soup so its not all bad. rant over x",
        "none",
        "long ramble: bad day but managing",
    ),
    (
        "I would like to thank Janet for organising the trip to the garden centre. It "
        "was a lovely afternoon and the accessible toilets were a great help.",
        "none",
        "formal: thanks to organiser",
    ),
    (
        "got my universal credit work capability thing next week. dreading it but my "
        "sister is coming with me",
        "none",
        "UC appointment nerves",
    ),
    (
        "if they cancel the christmas meal again ill die 😂 been looking forward to it for weeks",
        "none",
        "hyperbole: I'll die if they cancel",
    ),
    (
        "drowning in leaflets from the pain clinic lol, they gave me about 12. anyone "
        "want some light reading",
        "none",
        "joke: drowning in paperwork",
    ),
    (
        "youre better off ringing the surgery at 8 on the dot, thats the only way i ever "
        "get through",
        "none",
        "innocent 'better off' practical advice",
    ),
    (
        "started going to bridge club at the library on mondays, sitting down the whole "
        "time so perfect for my back",
        "none",
        "bridge club mention",
    ),
    (
        "Goodbye and good luck to Sheila who is off to live near her daughter in Leeds! "
        "We will miss you, keep in touch x",
        "none",
        "group goodbye to departing member",
    ),
]
