"""Held-out screening evaluation set, round 9. Written on 2026-11-26 by an independent evaluator (a
helper session) who had not seen the screener, its phrase library, its tests or any earlier data
set, working only from the design documents (safeguarding.md rules 1-5, domain.md and the seed
paper's participant quotes) and clinical judgement. All posts are invented; labels follow the
design rules (high, medium, none), with most high posts indirect and about half of the none
posts hard negatives. It exists to judge a screener once, as triage for human review, not risk
prediction. The file was saved and hashed before any evaluation was run; its texts and labels
must not be edited afterwards."""

SAMPLES_ROUND9: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "been putting a couple of the tramadol aside each week instead of taking them. got a "
        "fair few in an old vitamin tub now. weirdly comforting knowing theyre there",
        "high",
        "means: tramadol saved up",
    ),
    (
        "counted them all out on the kitchen table last night. 64 co-codamol plus the new box"
        " from tuesday. thats enough isnt it",
        "high",
        "means: counting co-codamol",
    ),
    (
        "never took the old fentanyl patches back to the chemist like im meant to. got a "
        "whole shoebox of them now. dont tell me off, i know exactly what theyre for",
        "high",
        "means: fentanyl patches kept with intent",
    ),
    (
        "pregabalin and amitriptyline all lined up on the bedside table. been sat looking at "
        "them for about an hour. the house is very quiet",
        "high",
        "means: lining up medicines",
    ),
    (
        "went to three different shops for paracetamol today so nobody would ask questions. "
        "anyway hows everyones week been, did the quiz go ok?",
        "high",
        "means: paracetamol bought in several shops, buried in chatter",
    ),
    (
        "not been taking my oramorph for a while, been keeping the bottles instead. theres 4 "
        "full ones at the back of the cupboard now",
        "high",
        "means: morphine accumulated",
    ),
    (
        "mums old diazepam is still in her bathroom cabinet, never cleared it after the "
        "funeral. keep thinking it might be the answer for me too",
        "high",
        "means: diazepam with intent",
    ),
    (
        "stopped the sertraline and the gabapentin a fortnight ago, havent told the gp. kept "
        "all the boxes in my drawer though. just in case",
        "high",
        "stopping treatment with a stock in the drawer",
    ),
    (
        "Morning all. My oxycodone has built up to about three months' worth because I "
        "stopped using it. I haven't handed it back. It's in the drawer for when I've had "
        "enough.",
        "high",
        "means: oxycodone stock with intent, formal voice",
    ),
    (
        "im not going to pretend anymore. i dont want to be alive and ive thought about it "
        "properly this time. im going to do it",
        "high",
        "direct intent",
    ),
    (
        "im going to end my life. sorry everyone, i just cant keep doing this. please dont "
        "blame yourselves",
        "high",
        "direct intent with farewell",
    ),
    (
        "worked out how and when now. just need to get through the weekend while the kids are"
        " at their dads, then its sorted",
        "high",
        "plan with a time",
    ),
    (
        "ive got it all planned, where ill go and what ill take with me. funny thing is its "
        "the first time in months i havent felt panicky",
        "high",
        "plan and calm",
    ),
    (
        "this will be my last post on here. thank you all for being so kind to me, you were "
        "the best bit of this last year. look after each other x",
        "high",
        "farewell, last post",
    ),
    (
        "Dear all, I wanted to say thank you properly while I still can. You have been good "
        "friends to me and I am sorry for the trouble. Please don't think badly of me. With "
        "love, Margaret",
        "high",
        "formal farewell with finality",
    ),
    (
        "just wanted to say i love you all and im sorry for being such hard work. goodnight "
        "everyone. for good this time x",
        "high",
        "farewell, goodnight with finality",
    ),
    (
        "lovely bit of sun today, got the washing out and sat in the garden for 10 mins with "
        "my tea. anyway i wont be at the meet next month, or any after that. take care of "
        "yourselves",
        "high",
        "weather chat ending in farewell",
    ),
    (
        "found a lovely home for Biscuit today, the lady two doors down is having him. he "
        "wont need me where im going. so glad hes sorted",
        "high",
        "pet given away with finality",
    ),
    (
        "been giving my bits away this week. sewing machine went to jan, the good coat to my "
        "niece, my books to the charity shop. wont be needing any of it. feels lighter tbh",
        "high",
        "giving possessions away with finality",
    ),
    (
        "if anyone wants my riser chair or the mobility scooter just say, theyre free. i wont"
        " have any use for them after this month",
        "high",
        "giving things away, time with finality",
    ),
    (
        "spent all day on paperwork. bank, pension, the house, who gets what. its all in a "
        "blue folder on the dining table so nobody has to go hunting for anything after",
        "high",
        "affairs in order",
    ),
    (
        "wrote a letter to each of the kids today. sealed them and put them in my bedside "
        "drawer. theyll understand one day",
        "high",
        "letters left",
    ),
    (
        "went to the solicitors and finally did my will. thats the last thing ticked off the "
        "list. dont need to worry about anything now",
        "high",
        "will made, last thing, finality",
    ),
    (
        "left a note on the fridge for my husband explaining everything. hes on nights so he "
        "wont see it till the morning",
        "high",
        "note left, overnight timing",
    ),
    (
        "tonights the night. ive had enough and honestly im at peace with it",
        "high",
        "time with finality and calm",
    ),
    (
        "pip tribunal letter comes friday. after friday none of this will matter anymore, "
        "whichever way it goes",
        "high",
        "time with finality",
    ),
    (
        "just got to get through to the weekend. then thats it, no more pain, no more anything",
        "high",
        "time with finality",
    ),
    (
        "drove up to the suspension bridge again today. sat in the car park for ages then "
        "walked out to the middle. nearly did. ill go back when im braver",
        "high",
        "bridge, near attempt",
    ),
    (
        "keep walking down to the level crossing at night and just standing there when the "
        "trains go through. one of these nights i wont step back",
        "high",
        "railway, method",
    ),
    (
        "stood on the edge of the dual carriageway for a long time this morning watching the "
        "lorries. it would be so easy to just step out",
        "high",
        "road, method",
    ),
    (
        "we went to the coast at the weekend, up on the cliffs by the lighthouse. so peaceful"
        " up there. keep thinking about how quick it would be from the top",
        "high",
        "cliff, method",
    ),
    (
        "bought a length of hose from b&q today. and the garage door finally shuts properly "
        "now too",
        "high",
        "garage and car fumes, no obvious words",
    ),
    (
        "theres a beam in the loft that would take my weight. ive checked",
        "high",
        "ligature point checked",
    ),
    (
        "took some of the rope from the allotment shed and its in the bedroom now. not for "
        "the runner beans",
        "high",
        "rope kept, method implied",
    ),
    (
        "top floor of the multi storey in town is always empty on a sunday morning. been up "
        "there twice this week just looking over the edge",
        "high",
        "high place, rehearsal",
    ),
    (
        "walked along the river again tonight. its really high after all the rain. thought "
        "about just walking in and letting it take me",
        "high",
        "water, method",
    ),
    (
        "cut my arm again last night, deeper than before. wearing long sleeves to the meet so"
        " nobody asks",
        "high",
        "self-harm, cutting",
    ),
    (
        "when the pain gets like this i hold the lighter to my wrist. at least thats pain i "
        "choose. did it again today",
        "high",
        "self-harm, burning",
    ),
    (
        "ended up punching my own legs till they were black and blue cos theyre the bits that"
        " hurt. told my husband i fell against the table",
        "high",
        "self-harm, hitting self, concealed",
    ),
    (
        "migraine was so bad last night i kept banging my head on the wall till i saw stars. "
        "only thing that drowned it out",
        "high",
        "self-harm, head banging",
    ),
    (
        "scratched at my CRPS arm till it bled again. i just want it off me. i used to be "
        "able to stop myself",
        "high",
        "self-harm, scratching till bleeding",
    ),
    (
        "home from hospital. took too many on tuesday. theyve let me out but i dont feel any "
        "different tbh",
        "high",
        "recent attempt",
    ),
    (
        "had them all in my hand last night and then my daughter rang. put them back in the "
        "box. dont know if shell ring next time",
        "high",
        "near attempt",
    ),
    (
        "ended up in A&E at the weekend after what i did. they kept me in 2 nights. please "
        "dont message me about it, i cant talk about it yet",
        "high",
        "recent attempt, oblique",
    ),
    (
        "feel at peace now ive decided. honestly the best ive felt in months. dont worry "
        "about me anymore",
        "high",
        "sudden calm after decision",
    ),
    (
        "weird but since i made my mind up its all gone quiet in my head. slept right through"
        " last night for the first time in ages. thank you all for everything x",
        "high",
        "sudden calm, thanks as farewell",
    ),
    (
        "I have stopped fighting it. Everything is sorted and I feel very calm. I just wanted"
        " you all to know I am alright now.",
        "high",
        "calm after despair, affairs sorted, formal",
    ),
    (
        "not bothering with any of my meds now, stopped the lot last week. theyre all still "
        "in the drawer, a good few months worth",
        "high",
        "stopping treatment with a stock in the drawer",
    ),
    (
        "he took my phone and my bank card again. says if i tell anyone at the group ill "
        "regret it. have to go hes back soon",
        "high",
        "domestic abuse, threats, coercion",
    ),
    (
        "only reason i can come to group is my partner drives me and waits outside. he reads "
        "my messages after so please nobody reply to this one",
        "high",
        "coercive control",
    ),
    (
        "dont feel safe at home at the moment. my sons temper is getting worse and last night"
        " he put his fist through the door right next to my head",
        "high",
        "not safe at home, family violence",
    ),
    (
        "im not going to do anything daft, promise, but i dont feel safe being on my own tonight",
        "high",
        "not safe with negation, rule 2",
    ),
    (
        "My daughter-in-law manages my money now and turns nasty when I ask about it. She "
        "pushed me last week when I said I would tell the GP. I am 81 and I don't know who to"
        " tell.",
        "high",
        "elder abuse, physical and financial",
    ),
    (
        "wouldnt mind if i didnt wake up tbh. got more than enough amitriptyline put by to "
        "make sure of it",
        "high",
        "passive wish plus means",
    ),
    (
        "i wish i could just go to sleep and not wake up. the kids would be better off "
        "without me dragging them down all the time",
        "high",
        "passive wish plus burden",
    ),
    (
        "wish i hadnt woken up this morning. anyway thanks for everything you lot have done "
        "for me, youve been proper friends. x",
        "high",
        "passive wish plus farewell",
    ),
    (
        "feel like such a burden on my husband. he does everything for me now and i can see "
        "its wearing him down",
        "medium",
        "burden",
    ),
    (
        "honestly the kids would be better off without me moaning all the time",
        "medium",
        "burden, better off without me",
    ),
    (
        "im just a drain on everyone. the nhs, my family, this group. sorry for always being "
        "the one who needs something",
        "medium",
        "burden",
    ),
    (
        "sorry ive not sorted the next meet. everything feels like too much and im letting "
        "you all down. youd be better with someone else doing it, im more trouble than im "
        "worth",
        "medium",
        "burden, coordinator",
    ),
    (
        "I am conscious that I have become a burden to my daughter. She has her own family "
        "and now spends every weekend looking after me. It is not fair on her.",
        "medium",
        "burden, formal",
    ),
    (
        "everyone has to plan round me and my bad days. the grandkids party got moved because"
        " of me. just feel like a weight round everyones neck",
        "medium",
        "burden",
    ),
    (
        "my wife says she doesnt mind but i know she does. im not the man she married. shed "
        "have a better life without me in it",
        "medium",
        "burden",
    ),
    (
        "sometimes think the group would be nicer without me bringing the mood down every week",
        "medium",
        "burden to group",
    ),
    ("having a really bad day. this is awful, i cant carry on like this", "medium", "can't cope"),
    (
        "cant cope anymore. the pain, the bills, the dwp letters. its all too much and i dont"
        " know what to do",
        "medium",
        "can't cope",
    ),
    (
        "feel completely trapped. cant work, cant go out, cant sleep, cant get away from it "
        "even for a minute",
        "medium",
        "trapped",
    ),
    (
        "not coping tbh. sat crying in the tesco car park for half an hour before i could go in",
        "medium",
        "can't cope",
    ),
    (
        "its like being stuck in a box with no door. same four walls, same pain, every single day",
        "medium",
        "trapped",
    ),
    (
        "had a meltdown at the PIP assessment. i cant do this anymore, i really cant",
        "medium",
        "can't cope",
    ),
    (
        "six weeks into this flare and im at the end of my rope. nothing touches it",
        "medium",
        "can't cope, idiom with risky word",
    ),
    (
        "no way out of this is there. pain clinic says theres nothing more they can offer and"
        " the gp says go back to the pain clinic",
        "medium",
        "trapped, hopeless",
    ),
    (
        "whats the point of any of it. doing the pacing and the stretches every day and im no"
        " better than this time last year",
        "medium",
        "hopelessness",
    ),
    (
        "nothing is ever going to change is it. this is it now for the rest of my life",
        "medium",
        "hopelessness",
    ),
    ("dont see any future for me. just years and years more of this", "medium", "hopelessness"),
    (
        "I have tried everything they suggested and I am no further forward. I have stopped "
        "hoping it will get better.",
        "medium",
        "hopelessness, formal",
    ),
    (
        "everyone on here seems to be getting somewhere except me. whats the point of me even"
        " coming",
        "medium",
        "hopelessness",
    ),
    (
        "used to look forward to things. now i dont look forward to anything, not even "
        "christmas with the grandkids",
        "medium",
        "hopelessness, anhedonia",
    ),
    (
        "people keep telling me it will get better. it wont. ive had this 22 years",
        "medium",
        "hopelessness",
    ),
    (
        "why bother with the hydro, why bother with any of it. never makes a blind bit of "
        "difference",
        "medium",
        "hopelessness",
    ),
    ("some mornings i wish i just didnt wake up tbh", "medium", "passive wish alone"),
    (
        "wouldnt mind if i didnt wake up tomorrow. anyway hows everyones week been?",
        "medium",
        "passive wish alone, in chatter",
    ),
    (
        "if i got hit by a bus tomorrow i dont think id be that bothered",
        "medium",
        "passive wish alone",
    ),
    ("honestly wouldnt care if i went to sleep and never woke up", "medium", "passive wish alone"),
    (
        "I sometimes think it would be a relief not to be here. I'm not going to do anything "
        "about it, it is just a thought that comes.",
        "medium",
        "passive wish alone with negation",
    ),
    (
        "part of me hopes the op goes wrong so i dont have to wake up to this anymore",
        "medium",
        "passive wish alone",
    ),
    (
        "wish i could fall asleep and just stay asleep. forever would do",
        "medium",
        "passive wish alone",
    ),
    (
        "not been out of bed since sunday except for the loo. curtains still shut",
        "medium",
        "withdrawal behaviour",
    ),
    (
        "havent eaten properly all week, just cant be bothered. had a bit of toast yesterday "
        "i think",
        "medium",
        "not eating",
    ),
    (
        "stopped answering the phone. my sister keeps ringing and i just let it ring out",
        "medium",
        "withdrawal",
    ),
    (
        "not spoken to a single person in 9 days. you lot are the only ones i even read",
        "medium",
        "isolation",
    ),
    (
        "not washed or dressed in 4 days. cant face it. the dogs the only reason i get up at all",
        "medium",
        "self-neglect, low mood",
    ),
    (
        "cancelled everything this month, the hairdresser, the meet, my sisters. just want to"
        " stay in the dark",
        "medium",
        "withdrawal",
    ),
    (
        "havent been to the allotment since august, plots gone to weeds and i cant bring "
        "myself to care. not been anywhere really",
        "medium",
        "withdrawal, loss of interest",
    ),
    (
        "I have not left the flat for three weeks. The shopping is delivered. I do not really"
        " speak to anyone now.",
        "medium",
        "withdrawal, formal",
    ),
    (
        "has anyone heard from Dave? he said some worrying things at the last meet and hes "
        "not replied to my texts",
        "medium",
        "concern about member",
    ),
    (
        "is Linda ok? shes not been on here for ages and her last message sounded really low",
        "medium",
        "concern about member",
    ),
    (
        "bit worried about Gaz, he went very quiet after his post about the tribunal. has "
        "anyone got his number?",
        "medium",
        "concern about member",
    ),
    (
        "does anyone know if Sandras alright? she didnt turn up thursday and thats not like "
        "her. phone goes straight to voicemail",
        "medium",
        "concern about member, missed meeting",
    ),
    (
        "not being funny but Traceys posts lately have really worried me. anyone else think "
        "so? dont want to overstep",
        "medium",
        "concern about member",
    ),
    (
        "Pat rang me last night in a right state and said some things that frightened me. i "
        "dont know if i should tell someone",
        "medium",
        "concern about member",
    ),
    (
        "has anyone seen Mo since the christmas meal? he said he couldnt see the point "
        "anymore and now nothing from him",
        "medium",
        "concern about member, reported hopelessness",
    ),
    ("the pain is killing me today lol. back to the heat pad and netflix", "none", "idiom alone"),
    ("could murder a cuppa and a bacon sarnie right now", "none", "idiom"),
    ("dying to see you all on thursday!! been a long month xx", "none", "idiom"),
    ("id kill for a proper nights sleep. 3 hours again 😴", "none", "idiom"),
    (
        "this weather will be the death of me, every joint in my body knows its going to rain",
        "none",
        "idiom",
    ),
    (
        "my knees are murdering me after all the stairs at the station. whose idea was a cafe"
        " on the third floor 😂",
        "none",
        "idiom, station",
    ),
    (
        "bit of news, were moving to Weston to be near our daughter so this will be my last "
        "meet with you lot. ill join the group down there but staying on the board. gonna "
        "miss you all xx",
        "none",
        "benign goodbye, moving house",
    ),
    (
        "off to Tenerife for 2 weeks tomorrow!! see you all when i get back, dont do anything"
        " i wouldnt 😎",
        "none",
        "benign goodbye, holiday",
    ),
    (
        "taking a break from the board for a bit, trying to cut down screen time for the "
        "migraines. back in the new year x",
        "none",
        "benign break with return",
    ),
    (
        "Goodbye for now everyone. I have been moved to the Tuesday group as it suits my "
        "hospital transport better. I will still see some of you at the summer gathering.",
        "none",
        "benign goodbye, changing group",
    ),
    (
        "stepping down as coordinator after 2 years, Jo has kindly said shell take over. not "
        "going anywhere, still coming to meets!",
        "none",
        "benign handover",
    ),
    (
        "last post from me before christmas, off to my sons in Swindon. merry christmas all, "
        "see you in january 🎄",
        "none",
        "benign last post with return",
    ),
    (
        "does anyone use a dosette box? the pharmacist has offered to fill one for me every "
        "week and i cant decide",
        "none",
        "medicine routine",
    ),
    (
        "how long did the pregabalin dizziness last for you? week 2 of 75mg and im walking "
        "like ive had a few",
        "none",
        "medicine side effect question",
    ),
    (
        "flying to spain in may, do i need a letter from the gp for my morphine? dont want to"
        " get stopped at the airport",
        "none",
        "travelling with meds, letter",
    ),
    (
        "my fentanyl patch keeps coming off in the shower. anyone got tips? chemist said try "
        "the waterproof covers",
        "none",
        "medicine routine",
    ),
    (
        "repeat prescription app has changed again 🙄 anyone know how to add the gabapentin "
        "back onto the list",
        "none",
        "repeat prescription",
    ),
    (
        "GP wants me to come off the amitriptyline slowly, dropping 10mg every two weeks. "
        "anyone done this? how did you find it?",
        "none",
        "supervised taper question",
    ),
    (
        "Can you take paracetamol with co-codamol? I think the answer is no but the leaflet "
        "is so small I can't read it.",
        "none",
        "plain medicine question",
    ),
    (
        "ive got a drawer full of old tablets from before they changed my meds. can i take "
        "them back to boots or does it have to be the surgery?",
        "none",
        "disposing of old meds",
    ),
    (
        "what time do you all take your tramadol? i take mine at 8 and by 3 im struggling",
        "none",
        "dose timing",
    ),
    (
        "3 years ago i was in a really dark place, didnt leave the house and didnt want to be"
        " here. the PMP and this group changed that. now i volunteer at the food bank 2 days "
        "a week. it does get better x",
        "none",
        "past-tense recovery story",
    ),
    (
        "When I was first diagnosed I thought my life was over. Eight years on I have a new "
        "hip, a new grandson and a new hobby (watercolours). Just wanted to share for the "
        "newcomers.",
        "none",
        "recovery story",
    ),
    (
        "a year ago i was in bed most days and barely eating. today i walked round the lake "
        "with my sister. small steps but im proud",
        "none",
        "past-tense recovery story",
    ),
    (
        "before the programme i honestly thought everyone would be better off without me. "
        "feels like a different person now. so glad i stuck with it",
        "none",
        "past-tense recovery, burden in past",
    ),
    (
        "used to take 8 co-codamol a day and felt like a zombie. down to 2 now thanks to "
        "pacing and you lot",
        "none",
        "past-tense medicine recovery",
    ),
    (
        "anyone watching that new drama on bbc1? the bit where he jumps off the bridge into "
        "the river to save the little boy had me on the edge of my seat",
        "none",
        "TV, bridge",
    ),
    (
        "saw on the news theres more train strikes next week so ill get the bus to the "
        "hospital instead",
        "none",
        "news, train",
    ),
    (
        "reading a lovely book about a woman who walks the coast path after her husband dies."
        " the bits about the cliffs make me want to go back to cornwall",
        "none",
        "book, cliffs",
    ),
    (
        "corrie storyline with the overdose was hard to watch tbh. good that they put the "
        "helpline numbers up at the end",
        "none",
        "TV storyline",
    ),
    (
        "got one of those easy grip knives from the OT, can actually chop veg again without "
        "my hands seizing up 🙌",
        "none",
        "knife, innocent",
    ),
    (
        "husband put a rope rail up on the garden steps so ive got something to hold on to. "
        "game changer",
        "none",
        "rope, innocent",
    ),
    (
        "took the grandkids to see the suspension bridge lit up last night, they loved it. my"
        " back didnt but hey ho",
        "none",
        "bridge, innocent",
    ),
    (
        "finally cleared out the garage with my sons help. found all my old fishing gear, "
        "might give it another go with the folding chair",
        "none",
        "garage, innocent",
    ),
    (
        "spent the afternoon in the shed potting up seedlings, sat on a stool like the physio"
        " said. pacing win!",
        "none",
        "shed, innocent",
    ),
    (
        "car failed its MOT, 400 quid 😩 and the road to the hospital is dug up again",
        "none",
        "car and road, innocent",
    ),
    (
        "my new tablet (the ipad sort not the pill sort lol) has a massive font so i can "
        "finally read the board",
        "none",
        "tablet, innocent",
    ),
    (
        "made a plan for christmas this year: pacing, naps, and im NOT doing the whole "
        "dinner. sons doing the veg",
        "none",
        "plan, innocent",
    ),
    (
        "last session of the PMP today, felt quite emotional. so glad this group exists for "
        "after. is the first meet the 14th?",
        "none",
        "last, innocent",
    ),
    (
        "giving away loads of courgettes from the allotment if anyone wants some! seriously "
        "please take them",
        "none",
        "giving away, innocent",
    ),
    (
        "decided to try the hydro class tonight, bit nervous. the pool is so peaceful though",
        "none",
        "decided, tonight, peaceful",
    ),
    (
        "think im better off with the heat pad than the ice for my back. anyone else?",
        "none",
        "better off, innocent",
    ),
    (
        "got a letter from the pain clinic, appointment in march. Will from our PMP is on the"
        " same day so were getting the train in together",
        "none",
        "letter, Will, train",
    ),
    (
        "said goodbye to the old mobility scooter today, the new one has a proper seat. the "
        "old one went to a lady from church",
        "none",
        "goodbye, giving away, upgrade",
    ),
    (
        "left a note on the door for the postman to put parcels in the shed, cant get to the "
        "door quick enough these days",
        "none",
        "note, innocent",
    ),
    (
        "got all my appointments lined up for january. physio, rheumatology and the eye "
        "clinic. busy busy",
        "none",
        "lined up, innocent",
    ),
    (
        "counting my steps with the new fitbit, 2000 today! slowly slowly",
        "none",
        "counting, innocent",
    ),
    (
        "said goodbye to our old dog Bramble today, 15 she was. heartbroken but she had a "
        "lovely life",
        "none",
        "pet bereavement, goodbye",
    ),
    (
        "anyone free for a coffee at the garden centre on weds? the one with the good scones",
        "none",
        "ordinary",
    ),
    ("hydro was brilliant today, felt like i was floating", "none", "ordinary"),
    (
        "whats everyones go to on a flare day? im a hot water bottle and audiobook girl",
        "none",
        "ordinary",
    ),
    (
        "Thank you Jan for organising Thursday, it was lovely to see everyone. The lemon cake"
        " was excellent.",
        "none",
        "ordinary, formal",
    ),
    (
        "pip assessment went ok i think. assessor was actually nice for once. fingers crossed",
        "none",
        "ordinary",
    ),
    ("new granddaughter born last night!! 7lb 2oz 💕", "none", "ordinary"),
    (
        "does anyone know if the community centre has a ramp round the back? my friend uses a"
        " wheelchair",
        "none",
        "ordinary",
    ),
    (
        "rained all day so did my stretches in front of homes under the hammer 😂",
        "none",
        "ordinary",
    ),
    (
        "fibro fog is real today. put the milk in the cupboard and the teabags in the fridge",
        "none",
        "ordinary",
    ),
    (
        "managed 20 mins on the exercise bike, up from 10 last month. pacing works!!",
        "none",
        "ordinary",
    ),
    (
        "universal credit finally sorted after 3 months of phone calls. celebrating with a "
        "custard cream",
        "none",
        "ordinary",
    ),
    (
        "anyone tried acupuncture for migraine? gp says theres a clinic at the health centre",
        "none",
        "ordinary",
    ),
    (
        "poll for next meet: 1) the cafe in the park 2) the pub with the disabled loo 3) "
        "someones house",
        "none",
        "ordinary",
    ),
    (
        "ngl today was a bad pain day but im watching bake off with a cuppa so its not all bad",
        "none",
        "ordinary, bad day coping",
    ),
    (
        "Could someone remind me what the breathing exercise was called? The 4-7-8 one?",
        "none",
        "ordinary",
    ),
    (
        "Sorry I missed the meet, my CRPS foot flared up after the wedding. Hope you all had "
        "a good one.",
        "none",
        "ordinary",
    ),
    ("bus pass came through! freedom!!", "none", "ordinary"),
    (
        "knitting group at the library is lovely if anyone fancies it, tuesdays 2pm, very gentle",
        "none",
        "ordinary",
    ),
    ("first frost on the allotment this morning. leeks look happy at least", "none", "ordinary"),
    (
        "anyone else find the cold makes the arthritis in their hands loads worse? cant open "
        "a jar to save my life",
        "none",
        "ordinary, idiom",
    ),
    (
        "my grandson taught me how to do voice notes so expect lots of waffle from now on x",
        "none",
        "ordinary",
    ),
    (
        "had my first session with the new psychologist. she seems nice. bit nervous about "
        "talking about stuff but going back next week",
        "none",
        "ordinary, help-seeking",
    ),
    ("happy birthday Pauline!! 🎂 hope the pain is kind to you today", "none", "ordinary"),
    (
        "does anyone know a good cushion for long car journeys? going up to see my sister in Leeds",
        "none",
        "ordinary",
    ),
    (
        "tens machine batteries died halfway round tesco. never been so grumpy in the frozen aisle",
        "none",
        "ordinary",
    ),
    (
        "I have been doing the relaxation recording every night and I am sleeping a little "
        "better. Thank you to whoever recommended it.",
        "none",
        "ordinary, formal",
    ),
    (
        "anyone fancy a short walk round the harbour saturday if its dry? plenty of benches",
        "none",
        "ordinary",
    ),
    (
        "sciaticas been a nightmare this week but the heat and the stretches are taking the "
        "edge off",
        "none",
        "ordinary",
    ),
    (
        "anyone else get the 3pm crash? i do the lying down with legs up the wall thing from the"
        " PMP and it helps a bit",
        "none",
        "ordinary",
    ),
    (
        "Just back from the gathering at the hospital. Lovely to meet people from the other"
        " groups. The Kingswood lot meet on Fridays if anyone wants a second group.",
        "none",
        "ordinary, formal",
    ),
]
