"""Training set F for the post screener: 320 invented example posts about behaviour (self-harm acts,
lingering at high places, bridges, railways and water, recent attempts and near-misses, researching
methods or quantities, rehearsal, and not being safe at home), with medium-level posts and innocent
look-alikes. Written on 2026-11-26 by a helper session from the safeguarding design rules, the
domain notes and the seed paper on follow-on peer support groups after NHS pain management
programmes; no real person's words. For training and checking the triage screener (labels
"high", "medium", "none"), not for risk prediction.
"""

SAMPLES_TRAIN_F: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "burnt my arm with the lighter again last night. not the fibro pain, a "
        "pain i chose. at least i get to pick that one",
        "high",
        "burning self with a lighter",
    ),
    (
        "ran the shower as hot as it would go and stood under it till my back was "
        "red raw. did it on purpose, didnt even flinch",
        "high",
        "scalding self on purpose",
    ),
    (
        "does anyone else hit the bad leg when it flares? punched my own knee so "
        "hard yesterday its gone black. feels like it deserves it tbh",
        "high",
        "hitting self",
    ),
    (
        "wore long sleeves to the cafe meet cos of the bite marks on my arm. i do "
        "it when the pain gets too loud in my head",
        "high",
        "biting self",
    ),
    (
        "scratched my shins till they bled again while watching corrie. hubby "
        "thinks its my eczema. its not",
        "high",
        "scratching till it bleeds, hidden",
    ),
    (
        "banged my head on the bathroom wall tonight till i saw stars. migraine "
        "was bad enough but i made it worse on purpose",
        "high",
        "head banging",
    ),
    (
        "keep pressing on the scar from my op till it opens again. the nurse asked "
        "why its not healing and i said i dont know. i do know",
        "high",
        "pressing on a wound to reopen it",
    ),
    (
        "not eaten since tuesday. i dont deserve dinner after how i spoke to the "
        "kids, thats my rule now",
        "high",
        "not eating as punishment",
    ),
    (
        "had the iron out doing the school shirts and held it on my thigh for a "
        "second. then another second. the spine pain went quiet for a bit",
        "high",
        "burning self with an iron",
    ),
    (
        "Good morning all. I must confess I have started hurting myself again, "
        "with water from the kettle. I had been free of it for eleven years and I "
        "am ashamed.",
        "high",
        "scalding relapse, formal",
    ),
    (
        "dug my nails into my palms at physio till they bled, she never noticed. i "
        "do it every night in bed too",
        "high",
        "digging nails in till bleeding",
    ),
    (
        "cut again. only small ones on my hip where nobody looks. sorry, i know i promised id stop",
        "high",
        "cutting",
    ),
    (
        "bought a pack of cigs for the first time in 10 yrs. dont smoke them. just "
        "use them on my ankle where the sock covers it",
        "high",
        "cigarette burns",
    ),
    (
        "anyone know how to hide burns from the district nurse? she does my legs "
        "on tuesdays and im running out of excuses",
        "high",
        "hiding self-inflicted burns",
    ),
    (
        "shut my hand in the car door on purpose this morning. told the wife it "
        "was an accident. second time this month",
        "high",
        "hurting self on purpose, explained away",
    ),
    (
        "I pick the scabs on my arms open every night. On purpose. It's as if the "
        "skin has to hurt as well as everything underneath it.",
        "high",
        "picking wounds open on purpose",
    ),
    (
        "pulled a clump of my hair out tonight and then hit my head on the "
        "headboard till my ears rang. mum heard and i said id dropped something",
        "high",
        "hair pulling and head banging",
    ),
    (
        "ngl ive been punishing myself by not taking my pain meds. just lie there "
        "and let it hurt. feels fair after everything",
        "high",
        "withholding pain relief as punishment",
    ),
    (
        "my wrists are covered in plasters again. the kids think im clumsy in the kitchen 🙃",
        "high",
        "hidden self-harm injuries",
    ),
    (
        "i bite the inside of my cheek till it bleeds and the other night i bit my "
        "hand so hard it broke the skin. think its getting worse not better",
        "high",
        "biting self escalating",
    ),
    (
        "hit myself in the face with my own fist last night. 52 yr old bloke. "
        "pathetic. pain was through the roof and i just went for myself",
        "high",
        "hitting self",
    ),
    (
        "been starving myself since the scales said id put weight on from the "
        "pregabalin. water and black coffee. i want it to hurt",
        "high",
        "starving self to punish",
    ),
    (
        "used the tweezers to dig into my leg for ages last night. its not a "
        "crisis its just what i do now so dont fuss",
        "high",
        "self-harm, minimised",
    ),
    (
        "held the ice pack on till the skin went white and blistered. wanted it to "
        "burn a different way to the crps",
        "high",
        "cold burn on purpose",
    ),
    (
        "my daughter found blood on the sheets and i said it was my period. it was my thighs",
        "high",
        "cutting, hidden from family",
    ),
    (
        "chucked myself down the last few stairs so the pain would have a reason. "
        "bruised all down one side. nobody asked",
        "high",
        "deliberate injury",
    ),
    (
        "been scrubbing my forearm with the nail brush until its raw. started the "
        "day the PIP letter came and i cant stop",
        "high",
        "scrubbing skin raw",
    ),
    (
        "knuckles split again from the wall. i only do it when nobodys home so its fine",
        "high",
        "punching wall",
    ),
    (
        "Just to be honest with everyone: the marks on my arms you asked about on "
        "Thursday were not the cat.",
        "high",
        "self-harm disclosed indirectly",
    ),
    (
        "held my hand over the gas ring. not long. long enough",
        "high",
        "burning on the hob",
    ),
    (
        "went back to the old habit last night after 2 years clean 😔 the blade was "
        "still at the back of the drawer. only a couple",
        "high",
        "cutting relapse",
    ),
    (
        "kicked the radiator with my crps foot over and over. proper hard. wanted "
        "it actually broken so people would believe me",
        "high",
        "hitting injured limb on purpose",
    ),
    (
        "was bashing my head on the steering wheel in the tesco car park this "
        "morning. a woman knocked on the window to ask if i was ok and i just "
        "drove off",
        "high",
        "head banging in public",
    ),
    (
        "I poured the water from the pan over my hand. I did not drop it, I poured "
        "it. I can't tell the GP that, can I.",
        "high",
        "deliberate scald",
    ),
    (
        "reopened one of the stitches from the spinal op on purpose so the "
        "district nurse keeps coming. shes the only person i see all week",
        "high",
        "reopening a wound on purpose",
    ),
    (
        "used a compass point to scratch words into my leg. not saying what words",
        "high",
        "carving skin",
    ),
    (
        "sorry for the weird messages last night xx it was after i burned myself. "
        "im ok now honest, dont ring",
        "high",
        "self-harm then minimising",
    ),
    (
        "love the new pacing app, been doing my 10 min walks 👍 also been cutting "
        "again but thats a separate thing",
        "high",
        "self-harm mixed into ordinary post",
    ),
    (
        "drove to the multi storey by the hospital after my appointment and sat on "
        "the top deck by the edge for an hour. didnt go over. didnt go home either",
        "high",
        "car park roof",
    ),
    (
        "walked up to the big bridge in town today. just stood in the middle "
        "looking down. a man asked if i was alright and i said yes",
        "high",
        "lingering on a bridge",
    ),
    (
        "been going down to the level crossing at night. just to stand by the "
        "barrier and feel them go past",
        "high",
        "level crossing at night",
    ),
    (
        "river's right up with all this rain. went and sat on the bank for ages "
        "thinking how quick it would be",
        "high",
        "river with intent",
    ),
    (
        "lovely day up on the cliffs. sat right on the edge with my legs over. "
        "nobody knew where i was and i liked that",
        "high",
        "cliff edge",
    ),
    (
        "i slow down every time i drive over the motorway bridge on the way home. "
        "today i parked in the layby and walked back up onto it",
        "high",
        "motorway bridge",
    ),
    (
        "theres an old quarry past the allotments. went up again today. further "
        "than last time, right to the fence where it drops",
        "high",
        "quarry edge, repeated",
    ),
    (
        "stood at the very end of the platform while the fast trains went through. "
        "felt the wind off them. didnt get on any",
        "high",
        "railway platform",
    ),
    (
        "i know exactly which bridge. ive been 3 times this week. building up to it i think",
        "high",
        "bridge with plan",
    ),
    (
        "Walked into the reservoir up to my knees yesterday. November. Didn't feel "
        "the cold. Didn't especially want to come out.",
        "high",
        "walking into water",
    ),
    (
        "the top floor of the car park at the retail park never gets locked. i go "
        "up at night and sit on the wall",
        "high",
        "high place at night",
    ),
    (
        "checked the tide times for the bay. i dont fish and i dont swim. just "
        "want to know when its highest",
        "high",
        "researching water/tides",
    ),
    (
        "My husband thinks I go to the coffee morning on Wednesdays. I have been "
        "going to the footbridge over the dual carriageway instead and standing "
        "there for the hour.",
        "high",
        "footbridge, hidden visits",
    ),
    (
        "found a gap in the fence by the railway line near ours. i walk past it "
        "every day now. slower each time",
        "high",
        "railway access point",
    ),
    (
        "went up the headland path today and sat near the drop. one of the "
        "volunteers in the blue jackets came and chatted to me for ages. dunno "
        "what i would have done",
        "high",
        "cliff top, intervened",
    ),
    (
        "sat in the car on the top level of the hospital car park for 3 hrs after "
        "they said no more injections. couldnt stop looking over the side",
        "high",
        "car park roof after bad news",
    ),
    (
        "went down the canal at 2am and sat by the lock with my feet over the "
        "edge. came home soaked to the knees. not sure why i came home tbh",
        "high",
        "canal at night",
    ),
    (
        "walking the dog over the railway bridge and stopped and thought, who "
        "would have him. then i thought, my sister would. then i stood there a "
        "long time",
        "high",
        "bridge plus arranging the dog",
    ),
    (
        "the river path by the weir. been there every day this week. not for the view",
        "high",
        "river repeatedly",
    ),
    (
        "Parked at the viewpoint above the gorge and didn't go home until dark. "
        "I'd written a few lines to my son and left them on the passenger seat.",
        "high",
        "high place plus note",
    ),
    (
        "i know the times of the trains through the crossing by heart now",
        "high",
        "railway, knowing times",
    ),
    (
        "went up the church tower on the heritage open day and spent the whole "
        "time working out the drop in my head. thats not normal is it",
        "high",
        "high place, measuring drop",
    ),
    (
        "up on the roof of the flats again last night. the door up there doesnt "
        "lock. one of these nights",
        "high",
        "roof with finality",
    ),
    (
        "drove out on the coast road where it goes near the edge. sat in a layby "
        "ages with the engine going. came back. nearly didnt",
        "high",
        "coast edge, near-miss",
    ),
    (
        "got as far as climbing onto the first rail of the estuary bridge today "
        "before a lorry beeped and i got down",
        "high",
        "bridge near-miss",
    ),
    (
        "the end of the pier has no railings and nobody goes there at night. stood "
        "there an hour last night",
        "high",
        "pier at night",
    ),
    (
        "Took the bus to the seaside on my bus pass. Walked up the cliff path and "
        "left my coat and my bag at the top. Then I lost my nerve.",
        "high",
        "cliff, belongings left",
    ),
    (
        "weather's been grim hasnt it, washing wont dry. i went and stood on the "
        "motorway bridge for a bit after tea. the lorries are so loud up close",
        "high",
        "motorway bridge mixed into weather chat",
    ),
    (
        "took too many on saturday. woke up in resus with a drip in. they let me "
        "go home monday. didnt tell anyone from here",
        "high",
        "recent overdose",
    ),
    (
        "the neighbour found me. she came round about a parcel. if she hadnt i "
        "dont know. maybe that wouldve been better",
        "high",
        "found after attempt",
    ),
    (
        "it didnt work. thats all im saying about last week",
        "high",
        "failed attempt",
    ),
    (
        "home from hospital. they kept me 3 nights after the tablets. mental "
        "health team rang once. feel stupid that im still here",
        "high",
        "recent overdose, regret",
    ),
    (
        "sorry ive been quiet. i was in hospital and it wasnt for the pain, it was "
        "something i did to myself. home now",
        "high",
        "recent attempt",
    ),
    (
        "ambulance came for me friday night. my son rang them when he found the "
        "empty packets. he wont look at me now",
        "high",
        "overdose found by son",
    ),
    (
        "Apologies for missing the meeting. I was admitted after an overdose on "
        "Tuesday. I am home now and, I am told, 'medically fit'.",
        "high",
        "recent overdose, formal",
    ),
    (
        "had the rope up in the garage last month. my brother turned up early. "
        "nobody knows except him and now you lot",
        "high",
        "interrupted attempt",
    ),
    (
        "woke up on the kitchen floor with sick everywhere and half the co-codamol "
        "gone. cleaned it all up before he got home. nobody knows",
        "high",
        "undisclosed overdose",
    ),
    (
        "went into the sea on sunday. a man walking his dog pulled me out. told "
        "the police i slipped on the rocks",
        "high",
        "attempt in the sea",
    ),
    (
        "I was on the bridge on Friday. The police talked me down. I've been told "
        "to tell someone so I'm telling you all.",
        "high",
        "bridge, police intervened",
    ),
    (
        "back in A&E with the cuts, needed stitches this time. deeper than i meant. or maybe not",
        "high",
        "serious self-harm",
    ),
    (
        "crisis team came out after i took the amitriptyline on saturday. they "
        "were kind but theyve gone now and im just sat here",
        "high",
        "recent overdose, alone",
    ),
    (
        "spent the weekend in hospital after 'an incident'. i know this is a pain "
        "group. just needed someone to know",
        "high",
        "recent attempt",
    ),
    (
        "Tried on Sunday night. Obviously didn't manage it. Sorry to bring this here.",
        "high",
        "recent attempt",
    ),
    (
        "my liver bloods are still off from the paracetamol thing in september. gp "
        "keeps asking if i feel safe now. i just say yes",
        "high",
        "recent paracetamol overdose",
    ),
    (
        "they kept me on the ward 3 days after finding me at the crossing. out "
        "now. feel worse than before tbh",
        "high",
        "found at railway",
    ),
    (
        "the car was running in the garage when the wife came home early. she "
        "switched it off. we havent talked about it since",
        "high",
        "interrupted attempt, garage",
    ),
    (
        "only woke up because the cat was sat on my chest. i'd swallowed "
        "everything in the bathroom cabinet. not sure if thats lucky",
        "high",
        "overdose, woke up",
    ),
    (
        "was on the wrong side of the railings when my phone went. it was Sue from "
        "here asking about thursday. i climbed back over",
        "high",
        "near-miss at railings",
    ),
    (
        "ended up in resus again. third time this year. they know me by name now 😬",
        "high",
        "repeated attempts",
    ),
    (
        "dont think what i took was enough, i just slept a day and a half and was "
        "sick. next time ill know",
        "high",
        "attempt plus future intent",
    ),
    (
        "discharged this morning after what happened. they gave me a leaflet with "
        "a number on it. its on the side. havent rung it",
        "high",
        "post-attempt discharge",
    ),
    (
        "nearly did it wednesday. had everything counted out on the bed. the "
        "doorbell went, parcel man, and it broke the spell. still got them all",
        "high",
        "near-miss, means kept",
    ),
    (
        "bit of news, im out of the psych ward. 2 weeks. after the tablets. nobody "
        "at group knew. please dont make a fuss on thursday",
        "high",
        "admission after attempt",
    ),
    (
        "hi all hope the meal went well, sorry i missed it. i was in majors having "
        "charcoal. long story. better now",
        "high",
        "overdose treated in A&E",
    ),
    (
        "the paramedic said another hour and i wouldnt be here. i keep thinking about that hour",
        "high",
        "near-fatal attempt",
    ),
    (
        "last week was a near thing. i wont go into it. i'm at my sisters for now, "
        "she's hidden the knives and the tablets",
        "high",
        "recent near-attempt",
    ),
    (
        "Mum here, I'm on the group because of my neck. I drove into the back of a "
        "lorry on purpose in October. I tell people it was black ice.",
        "high",
        "deliberate crash",
    ),
    (
        "does anyone know how many gabapentin would be too many. not a dose question",
        "high",
        "researching lethal quantity",
    ),
    (
        "been reading online how long it takes with paracetamol. not quick is it. "
        "put me off that one",
        "high",
        "researching methods",
    ),
    (
        "i spend the nights googling things i shouldnt. not pain stuff. ways. i "
        "clear the history every morning",
        "high",
        "researching methods secretly",
    ),
    (
        "can you overdose on pregabalin on its own or does it need something with "
        "it? just wondering",
        "high",
        "asking about overdose",
    ),
    (
        "looked up the height of the bridge in town. its enough.",
        "high",
        "researching height",
    ),
    (
        "found a forum where people talk about how theyd do it. spent all night "
        "reading. oddly calming",
        "high",
        "method forums",
    ),
    (
        "what happens if you took all your tramadol and amitriptyline at once? my "
        "pharmacist wouldnt give me a straight answer",
        "high",
        "asking about combined overdose",
    ),
    (
        "worked out how many days of morphine ive got saved if i stop taking it now. plenty",
        "high",
        "saving morphine",
    ),
    (
        "Would a month's worth of co-codamol be enough, does anybody know? I won't say what for.",
        "high",
        "means, lethality question",
    ),
    (
        "keep googling which of my tablets are the dangerous ones. the ones with "
        "the red warning on the box. got three of them",
        "high",
        "researching dangerous medicines",
    ),
    (
        "asked one of those ai chat things how many oxycodone it would take and it "
        "just gave me the samaritans number. so i found it somewhere else",
        "high",
        "researching lethal dose",
    ),
    (
        "been reading about the fentanyl patches and what too many would do. ive "
        "got a full box spare since they dropped my dose",
        "high",
        "researching patches, spare stock",
    ),
    (
        "up at 3am reading about ropes and knots. not for camping",
        "high",
        "researching ligature",
    ),
    (
        "Could somebody tell me whether amitriptyline is dangerous in large "
        "amounts? I have quite a store of it now.",
        "high",
        "means question plus store",
    ),
    (
        "been looking up which bits of the coast have no fence. theres more than youd think",
        "high",
        "researching places",
    ),
    (
        "lined all my tablets up on the kitchen table tonight in rows. just to "
        "look at them. then put them back. did the same last night",
        "high",
        "lining up tablets, rehearsal",
    ),
    (
        "sat in the car in the garage with the door down tonight. didnt start it. "
        "just wanted to see what it felt like",
        "high",
        "rehearsal in garage",
    ),
    (
        "tied the dressing gown cord round my neck tonight to see. took it off cos "
        "the dog was whining",
        "high",
        "ligature rehearsal",
    ),
    (
        "i practise what id put in the note. in my head, on the bus, over and over",
        "high",
        "rehearsing a note",
    ),
    (
        "I have been standing on a chair in the hallway at night. I won't say more than that.",
        "high",
        "rehearsal, understated",
    ),
    (
        "put the tablets and a bottle of vodka in a carrier bag and walked to the "
        "park with it. sat on the bench. walked home. the bags in the wardrobe now",
        "high",
        "rehearsal with means",
    ),
    (
        "keep going over it. the route, the time, where id leave the car. like planning a day out",
        "high",
        "rehearsing a plan",
    ),
    (
        "counted the pills out on the bed again. 4th night running. always put "
        "them back in the tub. for now",
        "high",
        "counting tablets, rehearsal",
    ),
    (
        "went up in the loft and looked at the beam for ages. then came down and "
        "made a brew like nothing",
        "high",
        "looking at a beam",
    ),
    (
        "drove at the big oak on the back lane and swerved at the last second. "
        "again. its getting closer each time",
        "high",
        "driving rehearsal",
    ),
    (
        "had a good day actually, got to the garden centre with my sister. then "
        "came home and got the box of tablets out and counted them again like i do "
        "every night",
        "high",
        "counting means mixed with good day",
    ),
    (
        "he took my bank card again, says i dont need money cos i dont go "
        "anywhere. had to ask him for bus fare to get to group",
        "high",
        "financial control",
    ),
    (
        "my partner keeps my tablets locked in his car and gives me them when he "
        "thinks ive earned it. if hes in a mood i go without",
        "high",
        "medicines withheld by partner",
    ),
    (
        "the bruise everyone asked about at the cafe wasnt from the door. please "
        "dont mention it if hes picking me up",
        "high",
        "injury explained away",
    ),
    (
        "im not allowed out on my own anymore. he locks the front door and takes "
        "the key to work with him",
        "high",
        "locked in",
    ),
    (
        "my son shouts at me when my pains bad and last week he shoved me into the "
        "wall. cant say anything, hes my son",
        "high",
        "abuse by adult son",
    ),
    (
        "scared to go home after group tbh. he goes through my phone and if he "
        "sees this ill be in trouble",
        "high",
        "fear of partner",
    ),
    (
        "he says if i leave he'll make sure i never see the grandkids again and "
        "that nobody believes a cripple",
        "high",
        "threats, coercion",
    ),
    (
        "not going to do anything daft but i dont feel safe in my own house at the moment",
        "high",
        "not safe at home, with negation",
    ),
    (
        "hubby threw my walking stick in the river cos i was 'milking it'. crawled "
        "up the stairs last night",
        "high",
        "abuse, mobility aid taken",
    ),
    (
        "my daughters boyfriend moved in and he takes my oxycodone. when i said "
        "something he held his fist up to my face",
        "high",
        "medicines taken, threat",
    ),
    (
        "Could someone from the group ring me please but only between 10 and 2 "
        "when he is at work. I can't say why on here.",
        "high",
        "covert request, fear",
    ),
    (
        "he put his hands round my neck last night. not properly. he'd had a "
        "drink. hes fine now. just saying cos i keep shaking",
        "high",
        "strangulation by partner",
    ),
    (
        "the bruise on my face at physio was him not the cupboard. i get it if the tea isnt right",
        "high",
        "domestic violence",
    ),
    (
        "my carer takes money out the cashpoint for me and i never see the "
        "receipts. when i asked she said shed stop coming and id end up in a home",
        "high",
        "financial abuse by carer",
    ),
    (
        "my husband says im making it up and wont let me go to my appointments. he "
        "cancelled my pain clinic follow up without telling me",
        "high",
        "coercive control",
    ),
    (
        "my ex sat outside in his car all night on friday even though theres an "
        "order. didnt sleep a wink. hes done it before",
        "high",
        "stalking ex-partner",
    ),
    (
        "he counts my tablets every night so i dont 'waste' them and takes half "
        "for himself. says its payment for looking after me",
        "high",
        "medicines taken by partner",
    ),
    (
        "if i go quiet its cos hes taken my phone again. he did it last time he "
        "found the group chat",
        "high",
        "phone taken, isolation",
    ),
    (
        "He threatened to throw me down the stairs if I went to the meet up, so I "
        "can't come on Thursday. Please don't ring the house.",
        "high",
        "threats from partner",
    ),
    (
        "my brother lives with me and takes my PIP the day it goes in. left with "
        "nothing for the electric. he gets nasty if i argue",
        "high",
        "financial abuse by relative",
    ),
    (
        "told the a&e nurse i fell in the bath. i didnt fall in the bath",
        "high",
        "injury explained away",
    ),
    (
        "he said next time i 'embarrass him' with my limp in front of his mates "
        "hell give me something to really limp about",
        "high",
        "threat of violence",
    ),
    (
        "got locked out in the garden in my nightie for hours last night because i "
        "didnt finish the washing up. the neighbours must have heard",
        "high",
        "punishment, shut out",
    ),
    (
        "my wife hits me when the drinking starts. men arent meant to say that. "
        "saying it here because i dont know where else",
        "high",
        "domestic abuse, male victim",
    ),
    (
        "not safe. cant talk. will try later",
        "high",
        "not safe, brief",
    ),
    (
        "my grandson comes for money and if i dont give it he takes my tablets to "
        "sell. last time he twisted my bad wrist till i cried",
        "high",
        "elder abuse, medicines taken",
    ),
    (
        "he smashed my phone on saturday and said hed break my other hip next. i'm "
        "on my friends phone",
        "high",
        "threat of violence",
    ),
    (
        "he decides everything now. what i wear, what i eat, who i talk to, when i "
        "take my meds. i used to think that was him caring",
        "high",
        "coercive control",
    ),
    (
        "im 34 and still at my dads because of my back. he slaps me when im 'lazy' "
        "and says im faking. cant afford to move out",
        "high",
        "abuse by parent",
    ),
    (
        "hes started sleeping with a knife under his pillow and says its 'just in "
        "case'. in case of what. ive been sleeping on the sofa with the door wedged",
        "high",
        "fear of partner",
    ),
    (
        "my daughter keeps my medication and only gives it me if i sign things. i "
        "signed the house over last month. im scared of her",
        "high",
        "elder abuse, coercion",
    ),
    (
        "He's promised it won't happen again. It's the fourth time he's promised. "
        "My ribs still hurt when I breathe in.",
        "high",
        "repeated violence",
    ),
    (
        "i dont have my own bank card. he checks every tesco receipt and if theres "
        "anything he didnt agree to theres trouble",
        "high",
        "financial control",
    ),
    (
        "hes taken the car keys and my purse and gone to the pub. stuck in with no "
        "tablets, he took them as well 'so i dont overdo it'",
        "high",
        "locked in, medicines taken",
    ),
    (
        "please dont reply to this on the group, he reads it. i just want someone "
        "to know im frightened of him",
        "high",
        "fear of partner",
    ),
    (
        "lovely sunny one today! did my stretches in the garden. he was in a good "
        "mood so nobody got hurt, which makes a change",
        "high",
        "violence mixed into ordinary post",
    ),
    (
        "morning all, hope everyones ok with this cold snap. my hands have been "
        "terrible, couldnt do the buttons on my coat so came to group in my fleece "
        "lol. had a good natter with the physio about going back in the hydro pool "
        "in the new year, she thinks im ready. anyway i didnt want to say on "
        "thursday in front of everyone but since the last flare ive been burning "
        "my arm with the end of a cig most nights. its the only thing that "
        "switches my head off. i know its daft. see you all on the 12th x",
        "high",
        "self-harm buried in chatty post",
    ),
    (
        "Long post sorry. Had the PIP assessment on Monday, the woman was nice "
        "enough but you could tell she'd decided before I sat down. Then the car "
        "failed its MOT, then my daughter cancelled Christmas because of her "
        "in-laws. I drove round for a while after and ended up in the car park by "
        "the river, the one by the old mill, and sat there till it was dark with "
        "the window down listening to the water. I'd put my wedding ring and my "
        "watch in the glove box. I don't really know why I'm telling you.",
        "high",
        "river, possessions removed, rambling",
    ),
    (
        "ok update on the knee - surgeon says another 6 month wait, brilliant 🙄 "
        "doing the exercises anyway. grandkids came sunday and we did a jigsaw "
        "which was nice. but ill be honest cos you lot get it, last tuesday i took "
        "a load of my tablets with a bottle of wine and woke up the next "
        "afternoon. nobody knows. not sure if i wanted to wake up or not. anyway "
        "the jigsaw was 1000 pieces and we finished it!!",
        "high",
        "recent overdose hidden in chatter",
    ),
    (
        "i just feel like a weight round everyones neck. the wife does everything "
        "now. theyd all manage better without me tbh",
        "medium",
        "burden",
    ),
    (
        "havent got out of bed since sunday apart from the loo. curtains shut. not "
        "answering the door",
        "medium",
        "withdrawal as behaviour",
    ),
    (
        "whats the point in pacing and goal setting when nothing ever changes. 6 years of this",
        "medium",
        "hopelessness",
    ),
    (
        "wouldnt mind if i didnt wake up tomorrow. not going to do anything, just wouldnt mind",
        "medium",
        "passive wish alone",
    ),
    (
        "has anyone heard from Dave? he said some worrying stuff in the car after "
        "the last meet and hes not answering",
        "medium",
        "concern about a member",
    ),
    (
        "stopped eating properly. cant be bothered to cook, cant be bothered with anything really",
        "medium",
        "not eating, low mood",
    ),
    (
        "trapped. thats the word for it. trapped in this body and this flat with no way out",
        "medium",
        "trapped",
    ),
    (
        "Has anybody heard from Margaret? She has missed the last three meetings "
        "and her phone goes straight to answerphone. Her last message was rather "
        "low.",
        "medium",
        "concern about a member",
    ),
    (
        "i dont speak to anyone anymore. phones on silent in a drawer. sorry to "
        "everyone whos messaged",
        "medium",
        "withdrawal",
    ),
    (
        "cant cope. just cant cope with any of it anymore. the pain, the money, the forms",
        "medium",
        "can't cope",
    ),
    (
        "feel like ive become a burden on the group as well as my family. always the one moaning",
        "medium",
        "burden",
    ),
    (
        "going to bed hoping i dont wake up is pretty much my routine now",
        "medium",
        "passive wish alone",
    ),
    (
        "kevs last message in the whatsapp was 'this is awful cant carry on' and "
        "hes been silent since friday. can someone near him knock on?",
        "medium",
        "concern, member gone silent",
    ),
    (
        "nothing will ever get better. the consultant as good as said it today. "
        "this is it for the next 30 years",
        "medium",
        "hopelessness",
    ),
    (
        "not washed or dressed for a week. the kids are doing their own tea. i just lie there",
        "medium",
        "withdrawal as behaviour",
    ),
    (
        "everyone would have an easier life if they didnt have me to look after. thats all",
        "medium",
        "burden",
    ),
    (
        "whats the point of me. genuinely. what is the point",
        "medium",
        "hopelessness",
    ),
    (
        "sometimes i wish i could just go to sleep and not wake up for a long time. maybe ever",
        "medium",
        "passive wish alone",
    ),
    (
        "bit worried about Jan from the tuesday lot. she said on the phone shed "
        "'had enough of everything' and hung up",
        "medium",
        "concern about a member",
    ),
    (
        "i cancel everything now. the group, my sister, the hairdresser. easier to just stay in",
        "medium",
        "withdrawal",
    ),
    (
        "walls are closing in. cant work, cant sleep, cant afford the heating. no "
        "way out of any of it",
        "medium",
        "trapped",
    ),
    (
        "my husband would be better off with someone who can actually do things. "
        "ive told him to go",
        "medium",
        "burden",
    ),
    (
        "hope its ok to say ive been really low. not eating much, not sleeping, "
        "not answering anyone. just existing",
        "medium",
        "low mood as behaviour",
    ),
    (
        "No one has heard from Pete since his mums funeral. He was talking like "
        "hed given up on everything. Could staff check on him?",
        "medium",
        "concern about a member",
    ),
    (
        "tired of fighting. tired of the pain, tired of the dwp, tired of being tired",
        "medium",
        "can't cope",
    ),
    (
        "if i got hit by a bus tomorrow honestly i dont think id mind",
        "medium",
        "passive wish alone",
    ),
    (
        "I feel such a drain on the NHS and on my family. All these appointments "
        "and nothing to show for any of it.",
        "medium",
        "burden",
    ),
    (
        "im 29 and it feels like my life is already over. this is all its ever going to be",
        "medium",
        "hopelessness",
    ),
    (
        "havent left the flat in 3 weeks. tesco delivers. the only person i talk to is the driver",
        "medium",
        "withdrawal",
    ),
    (
        "Sandra hasnt been herself at all, very flat on the phone and didnt want "
        "to come to the christmas meal. has anyone else noticed?",
        "medium",
        "concern about a member",
    ),
    (
        "cant see a way through this. every door just shuts",
        "medium",
        "trapped, hopeless",
    ),
    (
        "Honestly lads I'm done in. Can't work, missus has gone, pain every "
        "minute. Don't know how much more of this there is in me.",
        "medium",
        "can't cope",
    ),
    (
        "stopped bothering with my exercises, stopped bothering with the pain "
        "clinic, stopped bothering full stop",
        "medium",
        "withdrawal, giving up",
    ),
    (
        "sometimes think it wouldnt be the worst thing if i didnt come round from "
        "the op next month",
        "medium",
        "passive wish alone",
    ),
    (
        "Is anyone in touch with Raj? He left the group chat last night without a "
        "word and hed been saying he felt useless",
        "medium",
        "concern about a member",
    ),
    (
        "everyone else has moved on and im stuck in exactly the same place. no "
        "point trying anymore",
        "medium",
        "hopelessness",
    ),
    (
        "my kids dont need a mum who cant even stand at the school gate. they "
        "deserve better than me",
        "medium",
        "burden",
    ),
    (
        "sitting in the dark all day with the telly off. not hungry. not anything",
        "medium",
        "withdrawal as behaviour",
    ),
    (
        "i keep saying im fine at group but im not. i cant cope with another "
        "winter like the last one",
        "medium",
        "can't cope",
    ),
    (
        "whats the point of all the PMP stuff when the pain wins every single "
        "time. i give up on it",
        "medium",
        "hopelessness",
    ),
    (
        "burnt my hand on the oven tray doing the yorkshires 🙄 ran it under the "
        "cold tap for ages. any tips for burns that actually work?",
        "none",
        "accidental burn from oven",
    ),
    (
        "got a massive bruise on my thigh from tripping over the dogs bed. he "
        "looked very guilty lol",
        "none",
        "bruise from a fall",
    ),
    (
        "lovely walk over the suspension bridge with the grandkids today. took my "
        "stick and went slowly, pacing like we learnt. so proud of myself",
        "none",
        "walk over a bridge",
    ),
    (
        "the rivers in flood again down our way and the allotment is under water. my leeks!!",
        "none",
        "river in flood",
    ),
    (
        "hospital car park was FULL again, had to park at the retail park and get "
        "the shuttle bus, nearly missed my physio",
        "none",
        "car park full",
    ),
    (
        "my partner is brilliant with my meds, he does the dosette box every "
        "sunday so i dont get muddled with the fibro fog",
        "none",
        "partner helps with medicines",
    ),
    (
        "ended up in A&E last night with a sprained ankle. 5 hour wait but the "
        "nurses were lovely. rest and ice now",
        "none",
        "A&E for a sprain",
    ),
    (
        "did anyone see on the news that the level crossing by the garden centre "
        "is shut for a fortnight? the diversion is a nightmare",
        "none",
        "news, level crossing",
    ),
    (
        "the pain is killing me today, its this weather i swear. back to bed with "
        "the hot water bottle",
        "none",
        "pain idiom alone",
    ),
    (
        "I could murder a cuppa and a bacon roll after that hydro session",
        "none",
        "idiom",
    ),
    (
        "dying to see you all on thursday!! bringing flapjack x",
        "none",
        "idiom",
    ),
    (
        "moving house next month to be near my daughter in devon so ill be leaving "
        "the group 😢 will miss you all loads, ill keep in touch on here",
        "none",
        "benign goodbye, moving",
    ),
    (
        "taking a break from the board for a few weeks while i get my knee done. "
        "back in the new year, behave yourselves!",
        "none",
        "break with a return",
    ),
    (
        "what dose of gabapentin is everyone on? mines been upped to 600 three "
        "times a day and im so dozy",
        "none",
        "dose question",
    ),
    (
        "does anyone know if you can take co-codamol with ibuprofen? the chemist "
        "said yes but my gp said check",
        "none",
        "medicine question",
    ),
    (
        "going to spain in feb, do i need a letter from the gp for my morphine? "
        "dont want to get stopped at the airport",
        "none",
        "travelling with meds",
    ),
    (
        "three years ago i was in a really dark place and couldnt see a way "
        "forward. now im volunteering at the food bank twice a week. it does get "
        "better",
        "none",
        "past-tense recovery",
    ),
    (
        "anyone watching that hospital drama on bbc? last nights episode was so "
        "intense, i was on the edge of my seat",
        "none",
        "TV mention",
    ),
    (
        "need a new bread knife, mines blunt and my hands cant manage the sawing. "
        "any recommendations for a chunky handled one?",
        "none",
        "innocent knife",
    ),
    (
        "hubby put a rope handrail up the garden steps for me. absolute game changer for my knees!",
        "none",
        "innocent rope",
    ),
    (
        "took the train to see my sister in cardiff, first time in 2 years! "
        "planned my breaks like we learnt and it went fine",
        "none",
        "innocent train",
    ),
    (
        "the road outside ours has been dug up for a month, they moved the bus "
        "stop, i have to walk twice as far 😤",
        "none",
        "innocent road",
    ),
    (
        "cleared out the garage today (well, supervised my son doing it). found my "
        "old bike. memories!",
        "none",
        "innocent garage",
    ),
    (
        "made a plan for the week: mon hydro, wed group, fri sort the shed. pacing pacing pacing",
        "none",
        "innocent plan",
    ),
    (
        "last session of the PMP today. feeling emotional. thank you all for being "
        "there, see you at the first follow-on meet in january x",
        "none",
        "end of programme",
    ),
    (
        "final week at work before my phased return ends, then its full hours. "
        "nervous but ready i think",
        "none",
        "innocent final",
    ),
    (
        "the end of the month cant come quick enough, PIP back pay finally sorted "
        "after the tribunal!!",
        "none",
        "innocent end",
    ),
    (
        "Goodbye from me for now. I'm off to Lanzarote for two weeks of sun, the "
        "heat always helps my joints. See you all at the meeting on the 14th.",
        "none",
        "holiday goodbye",
    ),
    (
        "saw the martin lewis thing about free wills month and finally got ours "
        "done, me and jim both. our daughter has nagged us for years lol",
        "none",
        "routine will",
    ),
    (
        "tonights the night! strictly final 💃 got the snacks in",
        "none",
        "innocent tonight",
    ),
    (
        "i feel at peace with my diagnosis now. took me 5 yrs but i accept it and "
        "im living alongside it rather than fighting it",
        "none",
        "acceptance, innocent peace",
    ),
    (
        "decided to give the chair yoga class a go at the leisure centre. anyone been?",
        "none",
        "innocent decided",
    ),
    (
        "giving away my old wheelchair as ive got a lighter one from wheelchair "
        "services. anyone local need it? free to a good home",
        "none",
        "giving away innocently",
    ),
    (
        "my cats are going to my mums while im in hospital for the op, shes "
        "spoiling them rotten already",
        "none",
        "pets minded temporarily",
    ),
    (
        "the kids are better off at their dads this weekend, hes taking them to "
        "the zoo and i can rest up. win win",
        "none",
        "innocent better off",
    ),
    (
        "tablets changed again, now on duloxetine instead of amitriptyline. anyone "
        "else on it? side effects?",
        "none",
        "medicine switch",
    ),
    (
        "started the new fentanyl patch dose today, bit spaced out. anyone know "
        "how long that lasts?",
        "none",
        "side effect question",
    ),
    (
        "sorting my repeat prescription is a nightmare since the surgery moved to "
        "the app. took me 40 mins",
        "none",
        "repeat prescription",
    ),
    (
        "boots gave me the wrong strength pregabalin, thank god i checked the box "
        "before i took any. be careful everyone",
        "none",
        "pharmacy error",
    ),
    (
        "popped over the motorway bridge on my mobility scooter to the new garden "
        "centre. had a lovely scone",
        "none",
        "innocent motorway bridge",
    ),
    (
        "went to the cliffs at the weekend with my husband, only managed the first "
        "bit of the path but the view!! photos in the whatsapp",
        "none",
        "innocent cliffs",
    ),
    (
        "did the whole tesco car park with the walker and my legs held up. small wins",
        "none",
        "innocent car park",
    ),
    (
        "we got locked in the church hall last week lol the caretaker forgot we "
        "were there. had to ring him and wait 20 mins",
        "none",
        "innocent locked in",
    ),
    (
        "my husband took my tablets off me, to sort them into the new dosette "
        "because my hands were too bad to open the packets. love him",
        "none",
        "innocent medicines taken",
    ),
    (
        "my son does all my banking online now as i cant get to the bank. hes very "
        "good, sends me a screenshot of everything",
        "none",
        "money handled with consent",
    ),
    (
        "banged my head on the cupboard door AGAIN. who designed this kitchen",
        "none",
        "accidental head bump",
    ),
    (
        "scratched my arm to bits on the brambles at the allotment, the "
        "blackberries were worth it though",
        "none",
        "accidental scratches",
    ),
    (
        "bit my tongue eating my tea and now its all swollen 😂 on top of everything else",
        "none",
        "accidental bite",
    ),
    (
        "not eaten since breakfast cos im fasting for my scan tomorrow. hangry!",
        "none",
        "not eating for a scan",
    ),
    (
        "district nurse came to dress the wound on my leg, says its finally healing nicely",
        "none",
        "wound healing",
    ),
    (
        "got a mottled mark on my tummy from the hot water bottle, left it on too "
        "long while i dozed. gp says its toasted skin syndrome and to use it less. "
        "anyone else had that?",
        "none",
        "accidental heat mark",
    ),
    (
        "scalded my fingers on the kettle when my hand went into spasm. nothing "
        "serious, just a bit red. ive ordered a kettle tipper now",
        "none",
        "accidental scald",
    ),
    (
        "saw on the local news the old bridge is shutting for repairs. how are we "
        "meant to get to the hospital now",
        "none",
        "news, bridge",
    ),
    (
        "the quarry walk the ramblers do is accessible now, theyve put a proper "
        "path in. highly recommend",
        "none",
        "innocent quarry",
    ),
    (
        "river walk this morning and saw a kingfisher! sat on the bench for a bit "
        "and did my breathing. lovely",
        "none",
        "innocent river",
    ),
    (
        "watching the trains go past at the crossing with my grandson, hes "
        "obsessed. we counted 12 today",
        "none",
        "innocent crossing",
    ),
    (
        "the last time i went to A&E with my back they were really good, so dont "
        "be afraid to go if its bad",
        "none",
        "innocent A&E advice",
    ),
    (
        "my wife handles the money since my stroke and honestly thank god, id be lost",
        "none",
        "money handled with consent",
    ),
    (
        "never going back to that dentist, the pain was murder",
        "none",
        "idiom",
    ),
    (
        "this flare will be the death of me 😩 but hydro tomorrow so fingers crossed",
        "none",
        "idiom",
    ),
    (
        "letter from the DWP, they want to reassess me. here we go again. anyone "
        "had a good experience with the new assessors?",
        "none",
        "benefits question",
    ),
    (
        "I'm pleased to report my final physiotherapy session went well. I have "
        "been discharged with a home programme. Thank you all for the "
        "encouragement.",
        "none",
        "innocent final",
    ),
    (
        "the garage did the MOT and it passed first time, which never happens with my luck",
        "none",
        "innocent garage",
    ),
    (
        "shed finally organised, seedlings in trays. planning the veg beds for next year already",
        "none",
        "innocent shed, future plans",
    ),
    (
        "any tips for the pain after toe surgery? day 4 and its killing me",
        "none",
        "idiom with medical question",
    ),
    (
        "this is my last post for a bit, phone screen is smashed and the new one "
        "doesnt come till next week. ring the landline if you need me xx",
        "none",
        "innocent last post",
    ),
    (
        "is it just me or is the new coordinator brilliant? goodbye chaotic meetings lol",
        "none",
        "innocent goodbye",
    ),
    (
        "Made a list of goals with my OT: walk to the end of the road, get back to "
        "swimming, see the sea. Already ticked off the first one!",
        "none",
        "goals",
    ),
    (
        "does anyone know how to apply for a blue badge? the car park at the "
        "surgery is basically a mile from the door",
        "none",
        "practical question",
    ),
    (
        "reading a book about a woman who walked the whole coast path with ms. "
        "cried my eyes out, so inspiring",
        "none",
        "book mention",
    ),
    (
        "my daughter took my car keys after the fall, fair enough tbh, the meds "
        "make me too drowsy to drive anyway",
        "none",
        "keys taken with agreement",
    ),
    (
        "three weeks off the morphine and i feel more awake than i have in years. "
        "the group helped so much",
        "none",
        "tapering success",
    ),
    (
        "hung washing on the line for the first time since my op!! the small things",
        "none",
        "recovery milestone",
    ),
    (
        "took the grandkids to the fireworks at the park, had to sit on a camping "
        "chair cos of my hip but they loved it",
        "none",
        "ordinary outing",
    ),
    (
        "gp says we need a plan for coming off the tramadol slowly. anyone done "
        "it? how long did it take?",
        "none",
        "innocent plan with medicine",
    ),
    (
        "counting down the days to christmas!! 29 to go 🎄",
        "none",
        "innocent counting",
    ),
    (
        "put all my tablets in the new pill organiser my niece got me. it has "
        "alarms! technology eh",
        "none",
        "innocent tablets sorted",
    ),
    (
        "Does anyone have experience of taking paracetamol and naproxen together "
        "for a flare? The leaflet is confusing.",
        "none",
        "medicine question",
    ),
    (
        "saved up for months for a riser recliner and its arrived!!! best thing "
        "ive done for my back",
        "none",
        "innocent saving",
    ),
    (
        "amitriptyline gives me such a dry mouth, is that normal? on 20mg at night",
        "none",
        "side effect question",
    ),
    (
        "ive got a stockpile of the cheap heat patches from aldi lol they sell out so fast",
        "none",
        "innocent stockpile",
    ),
    (
        "did anyone see the lad on the news who jumped in the river to save that dog? what a hero",
        "none",
        "news story, river",
    ),
    (
        "anyone watch the documentary about the samaritans last night? really "
        "moving, they do amazing work",
        "none",
        "TV mention",
    ),
    (
        "I've decided to step down as coordinator in the spring. Sue has agreed to "
        "take over. It has been a joy but my fibro needs me to ease off.",
        "none",
        "innocent decided, stepping back",
    ),
    (
        "had the capsaicin patch at the pain clinic today. wow. they werent joking "
        "about the burning 🔥",
        "none",
        "medical burning",
    ),
    (
        "anyone elses partner refuse to let them lift anything? mine tells me off "
        "if i even carry a shopping bag lol",
        "none",
        "caring partner",
    ),
    (
        "off to sleep and hopefully wont wake up till noon 😴 night all",
        "none",
        "innocent sleep",
    ),
    (
        "the new tablets have finally kicked in, i could kiss the pharmacist",
        "none",
        "medicine relief",
    ),
    (
        "home from A&E after the migraine wouldnt break. they gave me a drip and "
        "it finally went. knackered now",
        "none",
        "A&E for migraine",
    ),
    (
        "woke up in recovery after my knee replacement and the first thing i asked "
        "for was toast lol",
        "none",
        "innocent woke up in hospital",
    ),
    (
        "the neighbour found my cat stuck up the tree and got him down with a ladder. legend",
        "none",
        "innocent neighbour found",
    ),
    (
        "didnt work. the new injections i mean. consultant says we'll try a nerve block next",
        "none",
        "innocent didn't work",
    ),
    (
        "took too many steps today according to my fitbit and now im paying for it "
        "😂 boom and bust again",
        "none",
        "innocent took too many",
    ),
    (
        "bridge club on wednesdays is my lifeline. sitting down, good company, no pain talk",
        "none",
        "innocent bridge",
    ),
    (
        "last shift at the charity shop before christmas, they gave me a card and "
        "a tub of celebrations",
        "none",
        "innocent last",
    ),
    (
        "parked on the top floor of the multi storey for the first time in ages "
        "cos the lift is finally fixed. hallelujah",
        "none",
        "innocent top floor of car park",
    ),
    (
        "had to leave my dog with my sister for a week while i had the op, missed "
        "him like mad. hes home now and going bonkers",
        "none",
        "pet minded temporarily",
    ),
    (
        "Sorted out my affairs with the bank today, a joint account with my "
        "husband so he can pay the bills when I am flaring. Very sensible.",
        "none",
        "routine finances",
    ),
    (
        "tonight im finally doing it... going to the cinema on my own for the "
        "first time since my back went! wish me luck",
        "none",
        "innocent tonight, doing it",
    ),
    (
        "my brother in law is a nightmare, never stops talking about golf. i "
        "thought hed never leave lol",
        "none",
        "family grumble",
    ),
    (
        "my grandson bit me when i was changing his nappy 😂 teething",
        "none",
        "innocent bite",
    ),
    (
        "hit my funny bone on the door frame and nearly cried, nerve pain on top of nerve pain",
        "none",
        "accidental knock",
    ),
    (
        "watched a programme about people who climb skyscrapers with no ropes. my "
        "palms were sweating just watching",
        "none",
        "TV, heights",
    ),
    (
        "has anyone tried the new pain clinic at the community hospital? heard the "
        "parking is better",
        "none",
        "practical question",
    ),
    (
        "had the twice yearly get together at the hospital today, lovely to see "
        "the other groups. well done whoever organised the cake",
        "none",
        "group gathering",
    ),
    (
        "I'm writing a letter to my MP about the pain clinic waiting list. Would "
        "anybody like to add their name?",
        "none",
        "innocent letter",
    ),
    (
        "the end is in sight with my decorating!! one wall left. paced it over 3 weeks",
        "none",
        "innocent end",
    ),
    (
        "my new partner came to the group social for the first time. he was a bit "
        "nervous but everyone was lovely. he helps me so much round the house",
        "none",
        "supportive partner",
    ),
    (
        "the road to acceptance is long but im getting there. first pain-free-ish "
        "morning in months today",
        "none",
        "recovery",
    ),
    (
        "me and hubby had a massive row over the remote 😂 resolved with a kitkat",
        "none",
        "trivial row",
    ),
    (
        "got my flu jab and covid booster at boots today, arm is killing me",
        "none",
        "idiom",
    ),
    (
        "went back to the station i used to commute from, first train since my "
        "back op. sat in the quiet coach and it was fine",
        "none",
        "innocent station",
    ),
    (
        "does anyone else get really itchy on pregabalin? ive been scratching my "
        "legs in my sleep, gp says try an antihistamine",
        "none",
        "side effect, itching",
    ),
    (
        "my mum keeps a spare box of my tablets at hers in case i forget to "
        "reorder. shes so organised",
        "none",
        "spare tablets, routine",
    ),
    (
        "burnt the toast and set the smoke alarm off, hubby came running in waving "
        "a tea towel like a hero",
        "none",
        "innocent burnt",
    ),
    (
        "the sea was wild at the weekend, huge waves over the prom. we watched "
        "from the cafe with a hot chocolate",
        "none",
        "innocent sea",
    ),
    (
        "That Radio 4 play about the man whose wife left notes all over the house "
        "for him was lovely. Did anyone else catch it?",
        "none",
        "radio, notes",
    ),
    (
        "Coming off the gabapentin gradually with the GP. Down to one a day now. "
        "Dizzy spells have mostly stopped.",
        "none",
        "supervised taper",
    ),
    (
        "just back from the pharmacy, they've run out of my co-codamol again. "
        "third time this year! anyone else having trouble?",
        "none",
        "supply problem",
    ),
    (
        "finished my first jigsaw since the PMP! took 3 weeks doing 15 mins a day 🧩",
        "none",
        "pacing achievement",
    ),
]
