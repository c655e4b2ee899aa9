"""Training posts, set H: understated distress and its look-alike twins.

Written on 2026-11-26 by a helper session for pmp-followon, from the safeguarding design
rules (rules 1-5), the domain notes and the seed paper's participant quotes, without
reference to the screener. Every post is invented. The set favours medium-level cues
(burden, feeling trapped or unable to cope, hopelessness, a passive wish on its own,
withdrawal shown in behaviour, concern about another member), a smaller number of high
posts that pair a medium cue with a high one, and ordinary posts that look similar but
carry no cue. It is for training and tuning the triage screener, not for prediction.
"""

SAMPLES_TRAIN_H: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "dont want to moan on here again. feel like all i do is take from this group "
        "and never give anything back. sorry all",
        "medium",
        "burden: on the group",
    ),
    (
        "watched my husband hoover and cook the tea after a 10 hour shift while i "
        "sat on the sofa like a lemon. he never signed up for this. hes 52 and hes "
        "basically my carer now",
        "medium",
        "burden: partner as carer",
    ),
    (
        "my daughter had to take another day off work to drive me to the hospital. "
        "she says its fine but i could see it on her face. im just another job on "
        "her list",
        "medium",
        "burden: 'another job on her list'",
    ),
    (
        "the carers come at 8 and 6 and i can hear them sighing in the hall before "
        "they knock. i know im a lot. sorry, bit of a mood today",
        "medium",
        "burden: on carers",
    ),
    (
        "Every time I ring the surgery I think of the queue of people behind me who "
        "actually need it. I must have cost the NHS a small fortune and I'm no "
        "better for any of it.",
        "medium",
        "burden: on the NHS",
    ),
    (
        "kids are 9 and 12 and they can do my patches better than i can. thats not "
        "right is it. theyre meant to be kids not nurses",
        "medium",
        "burden: on children",
    ),
    (
        "my partner would have a proper life if it wasnt for me tbh. he could go on "
        "holidays, go climbing like he used to. im the anchor round his neck",
        "medium",
        "burden: partner's life on hold",
    ),
    (
        "Mum used to look after me when I was little. Now I'm 34 and she's 66 and "
        "she's still doing my washing and my big shop. It should be the other way "
        "round by now.",
        "medium",
        "burden: on elderly mother",
    ),
    ("feel like a sack of spuds everyone has to cart about", "medium", "burden: metaphor"),
    (
        "my lad cancelled his uni open day to stay home with me during the flare. i "
        "didnt ask him to but he did. everyones putting their lives on hold for me "
        "and i hate it",
        "medium",
        "burden: family putting lives on hold",
    ),
    (
        "the pip assessor more or less said im a drain on the system and tbh i went "
        "home and thought well hes not wrong is he",
        "medium",
        "burden: drain on system after PIP",
    ),
    (
        "I've stopped telling my wife how bad it is because I can see what it's "
        "doing to her. She's aged ten years in three and that's on me.",
        "medium",
        "burden: hiding pain from wife",
    ),
    (
        "theyd all have a much nicer christmas without me sat in the corner with a "
        "face on. already told my sister i might not come",
        "medium",
        "burden: family's christmas nicer without me",
    ),
    (
        "i keep saying sorry to my sister for everything. sorry for the lift, sorry "
        "for the shopping, sorry for existing basically lol",
        "medium",
        "burden: 'sorry for existing'",
    ),
    (
        "Had to ask the neighbour to put my bins out again. Third week running. She "
        "smiled but you know when someone's had enough of you.",
        "medium",
        "burden: on neighbour",
    ),
    (
        "not coming thursday. last time you all had to wait for me on the stairs and "
        "i held everyone up. easier for everyone if im not there",
        "medium",
        "burden + withdrawal: staying away from meets",
    ),
    (
        "grandkids wanted the park and nanna couldnt manage it so my daughter had to "
        "do it all on her own on her day off. im supposed to be helping her not the "
        "other way round",
        "medium",
        "burden: can't help with grandkids",
    ),
    ("i feel like a burden on everyone ngl", "medium", "burden: short statement"),
    (
        "im 27 and my boyfriend has to help me in the shower. he says he doesnt "
        "mind. i mind. he should be with someone who can go out on a saturday night",
        "medium",
        "burden: young, partner helps with shower",
    ),
    (
        "ambulance out to me again last night. two paramedics for over an hour for "
        "something they cant fix. someone somewhere probably needed them more than "
        "me",
        "medium",
        "burden: on ambulance service",
    ),
    (
        "my husband was crying in the hospital car park on tuesday. he thought i "
        "didnt see. ive done that to him",
        "medium",
        "burden: partner crying",
    ),
    (
        "if it wasnt for me Jas could have taken that job in Leeds. she turned it "
        "down. for me. great.",
        "medium",
        "burden: partner turned down job",
    ),
    (
        "my son rings every night at 7 to check on me. its kind but i can hear the "
        "kids kicking off in the background and i know hes rushing. im a chore on "
        "his list",
        "medium",
        "burden: son's nightly call a chore",
    ),
    (
        "feel like im taking up space at the meetings. you lot are all doing so well "
        "and im just dead weight dragging the mood down",
        "medium",
        "burden: dead weight in group",
    ),
    (
        "my carer is lovely but shes got 14 calls today and im the one that takes "
        "longest. ive started timing myself so i dont make her late for the next one",
        "medium",
        "burden: timing self for carer",
    ),
    (
        "mum says 'its no bother love' so many times a day that it must be a bother",
        "medium",
        "burden: 'no bother' means bother",
    ),
    (
        "Hubby is on nights and then looking after me all day. Hes running on empty "
        "and its because of me",
        "medium",
        "burden: husband running on empty",
    ),
    (
        "went to the big tesco with my daughter this morning. took an hour longer "
        "than it should because i had to keep sitting down on the freezers and she "
        "had to push the trolley AND me basically. then she dropped me home and went "
        "straight to work without lunch. shes 30 and she spends her days off "
        "ferrying me about. i keep thinking she'd be better off if she didnt have me "
        "to worry about",
        "medium",
        "burden: long, woven into day",
    ),
    (
        "I do not wish to sound ungrateful, because my family are very good to me. "
        "But I am 81 and I have become a full-time occupation for three people who "
        "have their own lives. I am rather tired of being the problem everybody has "
        "to solve.",
        "medium",
        "burden: formal older writer",
    ),
    (
        "ngl i think he stays bc he feels sorry for me. wouldnt blame him if he went",
        "medium",
        "burden: on partner, text speak",
    ),
    (
        "friends have stopped asking me out and tbh i think theyre relieved. im hard "
        "work, the stick, the parking, the leaving early. they deserve someone "
        "easier",
        "medium",
        "burden: on friends who do favours",
    ),
    (
        "its like being in a room where the walls move in a bit more every week",
        "medium",
        "trapped: walls moving in",
    ),
    (
        "this is it now isnt it. this is what the rest of my life looks like. 41 and this is it",
        "medium",
        "trapped: 'this is it forever'",
    ),
    (
        "cant cope with much more of this. not being dramatic just honest",
        "medium",
        "can't cope: plain",
    ),
    (
        "Thirty years of this so far. Another thirty to go if I'm unlucky. I "
        "honestly don't know how people do it.",
        "medium",
        "trapped: decades ahead",
    ),
    (
        "how do you do it when theres no off switch. not for the pain, not for my "
        "head. im just on all the time and im running out",
        "medium",
        "can't cope: running out",
    ),
    (
        "the consultant said 'management not cure' like it was good news. so this is "
        "forever then. brilliant",
        "medium",
        "trapped: 'management not cure' forever",
    ),
    (
        "no way out of this is there. pain clinic discharged me, gp says wait and "
        "see, the list for the other place is 18 months",
        "medium",
        "trapped: no way out via services",
    ),
    (
        "feel trapped in this body. like a prisoner in my own flat and the key's been thrown away",
        "medium",
        "trapped: prisoner in body",
    ),
    (
        "somethings got to give and i think its going to be me",
        "medium",
        "can't cope: something's got to give",
    ),
    (
        "I have honestly reached the end of what I can manage. Fibro, the menopause, "
        "Mum's dementia, and now the car's failed its MOT. I can't hold all of it.",
        "medium",
        "can't cope: too much to hold",
    ),
    (
        "been in the same 4 walls for 3 weeks. its like groundhog day except nothing "
        "good ever happens",
        "medium",
        "trapped: groundhog day indoors",
    ),
    (
        "this is a life sentence. no parole, no time off for good behaviour",
        "medium",
        "trapped: life sentence",
    ),
    (
        "just cant do it anymore. any of it. the pacing the diary the breathing. im done trying",
        "medium",
        "can't cope: done trying",
    ),
    (
        "running on fumes. not sure how much longer i can keep this up tbh",
        "medium",
        "can't cope: running on fumes",
    ),
    (
        "its like being buried alive but very slowly and everyone is being really nice about it",
        "medium",
        "trapped: buried slowly",
    ),
    (
        "my head is full. cant think, cant sleep, cant cope. sorry for the rubbish post",
        "medium",
        "can't cope: head full",
    ),
    (
        "the crps has spread to my other foot. so thats that then. theres no getting "
        "out from under this now",
        "medium",
        "trapped: CRPS spread",
    ),
    (
        "im going under a bit this week. dont know how else to put it",
        "medium",
        "can't cope: going under",
    ),
    (
        "work want a return date, dwp want a form, the hospital want me to wait, and "
        "i want to lie down and not get up. cant keep all the plates spinning "
        "anymore",
        "medium",
        "can't cope: plates spinning",
    ),
    (
        "its the forever bit that gets me. i could do a year of this. i cant do forever",
        "medium",
        "trapped: forever bit",
    ),
    (
        "like being stuck in traffic on the m5 except theres no junction coming up. ever",
        "medium",
        "trapped: motorway metaphor",
    ),
    (
        "lovely frost this morning, the garden looked like a christmas card. took a "
        "photo for you all. anyway. i dont think i can keep going like this, i "
        "really dont",
        "medium",
        "can't cope: weather post ending badly",
    ),
    (
        "It is as if I am living in a cage that gets a little smaller each year. I "
        "can see everyone else through the bars, getting on with their lives.",
        "medium",
        "trapped: cage metaphor, formal",
    ),
    (
        "sorry this is long. back went on monday, then the boiler packed up, then my "
        "youngest got sent home from school, then the landlord rang about the rent. "
        "ive been doing the breathing and the pacing and all the stuff we learned "
        "but its like bailing out a boat with a teaspoon. i cant do all of this and "
        "hurt this much at the same time",
        "medium",
        "can't cope: long ramble",
    ),
    ("cant do this", "medium", "can't cope: short"),
    (
        "new year next month and its just going to be another year of exactly this. "
        "theres no end to it",
        "medium",
        "trapped: 'no end to it'",
    ),
    ("whats the point of any of it honestly", "medium", "hopelessness: what's the point"),
    (
        "nothings ever going to change is it. ive tried everything theyve thrown at me",
        "medium",
        "hopelessness: nothing will change",
    ),
    (
        "tried the new meds, tried the acupuncture, tried the mindfulness app. same "
        "pain, less money. got nothing left to try",
        "medium",
        "hopelessness: nothing left to try",
    ),
    (
        "Why bother with goals. I set them, I fail them. Same as everything else.",
        "medium",
        "hopelessness: why set goals",
    ),
    (
        "dont really see the point in coming to the group anymore. no offence to "
        "anyone. its not going to fix anything is it",
        "medium",
        "hopelessness + withdrawal: no point coming to group",
    ),
    (
        "I used to look forward to things. I can't remember the last time I did.",
        "medium",
        "hopelessness: nothing to look forward to",
    ),
    (
        "people keep saying 'itll get better'. its been 11 years. it hasnt",
        "medium",
        "hopelessness: 11 years no better",
    ),
    (
        "the pmp was good while it lasted. now its all just back to how it was "
        "before. whats the point of learning all that",
        "medium",
        "hopelessness: PMP gains lost",
    ),
    (
        "nothing to look forward to. nothing. even christmas just feels like another "
        "thing to get through",
        "medium",
        "hopelessness: christmas to get through",
    ),
    ("ive given up hoping. hope is the bit that hurts", "medium", "hopelessness: given up hoping"),
    ("honestly dont know why i bother getting dressed", "medium", "hopelessness: why get dressed"),
    ("feel empty. not even sad, just nothing", "medium", "low mood: empty"),
    (
        "every new thing they try on me fails and every time i get my hopes up. not "
        "doing that again",
        "medium",
        "hopelessness: won't hope again",
    ),
    (
        "everyone else in the group seems to be moving forward and im going "
        "backwards. no point me pretending otherwise",
        "medium",
        "hopelessness: going backwards",
    ),
    (
        "I'm 73 and I've had a good innings but I can't see it getting anything but "
        "worse from here on.",
        "medium",
        "hopelessness: older, only worse",
    ),
    (
        "Read my goals sheet from the PMP today. Walk to the post box. Swim once a "
        "week. Laugh every day. Laughed out loud at that. None of it. Never will be.",
        "medium",
        "hopelessness: goals sheet",
    ),
    (
        "whats even the point of pacing when the pain does what it wants anyway. "
        "might as well not bother",
        "medium",
        "hopelessness: pointless pacing",
    ),
    ("its all just grey", "medium", "low mood: all grey"),
    (
        "nothing helps. nothing. not the tablets not the tens not the heat pad not "
        "talking to anyone. nothing",
        "medium",
        "hopelessness: nothing helps",
    ),
    (
        "everyone says one day at a time. ive done about 4000 of them now and theyre "
        "all the same day",
        "medium",
        "hopelessness: one day at a time",
    ),
    (
        "i dont care anymore about any of it. appointments, letters, the lot. let it all pile up",
        "medium",
        "hopelessness: stopped caring",
    ),
    (
        "i dont know who i am anymore and i dont think im going to find out",
        "medium",
        "hopelessness: lost self",
    ),
    (
        "did anyone see the thing on the news about the new pain drug trial? my "
        "daughter sent it me all excited. i didnt have the heart to tell her. "
        "nothings going to fix me, not now, ive stopped believing in any of it",
        "medium",
        "hopelessness: hidden in news chat",
    ),
    (
        "another scan another 'nothing significant' 🙃 so im stuck like this with no "
        "reason and no fix. cool cool cool. whats the point",
        "medium",
        "hopelessness: emoji, young",
    ),
    (
        "went to uncle rays funeral today. sat there thinking at least hes not in "
        "pain anymore. bit jealous tbh",
        "medium",
        "passive wish: envy of the dead at funeral",
    ),
    (
        "wish i could just go to sleep and not wake up for a very long time. or at all tbh",
        "medium",
        "passive wish: not waking",
    ),
    (
        "Watched a programme about a woman who died peacefully in her sleep at 94. "
        "Honestly? That'd do me. Sooner rather than later.",
        "medium",
        "passive wish: 'that'd do me'",
    ),
    (
        "at least the dead get to rest. thats all i want, a proper rest",
        "medium",
        "passive wish: 'at least they get to rest'",
    ),
    (
        "i wouldnt mind if i didnt wake up tomorrow. not going to do anything just being honest",
        "medium",
        "passive wish with negation",
    ),
    (
        "sometimes i hope they find something serious on the scan. at least then "
        "thered be an end date",
        "medium",
        "passive wish: hoping scan finds something",
    ),
    (
        "my nan used to say the lord will take me when hes ready. i keep thinking "
        "well hurry up then",
        "medium",
        "passive wish: 'hurry up then'",
    ),
    (
        "id swap places with my dad in a heartbeat. hes out of it now",
        "medium",
        "passive wish: swap with late father",
    ),
    (
        "Some mornings I'm disappointed to wake up. That's the honest truth.",
        "medium",
        "passive wish: disappointed to wake",
    ),
    (
        "wouldnt be the worst thing if i just didnt wake up one day. nobody panic im just tired",
        "medium",
        "passive wish: 'nobody panic'",
    ),
    (
        "i envy the cat. shes buried under the apple tree and nothing hurts her anymore",
        "medium",
        "passive wish: envy of buried pet",
    ),
    (
        "dont want to be dead exactly. just want to not be here for a while. if that makes sense",
        "medium",
        "passive wish: not here for a while",
    ),
    (
        "if someone said you can have it all stop but you dont get to wake up after, "
        "id probably say yes tbh",
        "medium",
        "passive wish: would take the trade",
    ),
    (
        "Not scared of dying anymore. Scared of another 30 years of this.",
        "medium",
        "passive wish: not scared of dying",
    ),
    (
        "i keep reading the obituaries in the post. 'peacefully at home'. lucky them",
        "medium",
        "passive wish: reading obituaries",
    ),
    (
        "would be easier not to be here. im not going to do anything. i just think it a lot",
        "medium",
        "passive wish with negation: thinks it a lot",
    ),
    (
        "my mum went in her sleep at 60. everyone said it was too young. id take it",
        "medium",
        "passive wish: mother died young, 'i'd take it'",
    ),
    ("wish i could just stop. not die exactly. just stop", "medium", "passive wish: just stop"),
    (
        "a nurse on the telly said 'hes comfortable now' about an old man in a "
        "hospice and i cried because i want someone to say it about me",
        "medium",
        "passive wish: hospice scene on telly",
    ),
    (
        "gran says grandad's 'at rest' now. lucky sod honestly",
        "medium",
        "passive wish: envy of grandad",
    ),
    (
        "tomatoes finally done, pulled the plants up today and the greenhouse looks "
        "bare. bit like me. wouldnt mind being put on the compost heap and left "
        "there if im honest",
        "medium",
        "passive wish: among garden chatter",
    ),
    (
        "if i dont wake up tomorrow someone pls cancel my netflix lol. half joking. "
        "wouldnt mind tbh",
        "medium",
        "passive wish: young, dark humour",
    ),
    (
        "I've started asking God to take me in the night. Every night. He hasn't listened yet.",
        "medium",
        "passive wish: prayer",
    ),
    (
        "havent been out of bed since sunday apart from the loo",
        "medium",
        "withdrawal: not out of bed",
    ),
    (
        "cancelled everything this week. dentist, hair, coffee with jo, the group. "
        "just cant face people",
        "medium",
        "withdrawal: cancelling everything",
    ),
    (
        "not eaten properly in days. just cant be bothered. had a few crackers yesterday",
        "medium",
        "withdrawal: not eating",
    ),
    (
        "doorbell went three times today. didnt answer. sat in the dark till they went away",
        "medium",
        "withdrawal: not answering door, sitting in dark",
    ),
    (
        "Phone's been on silent for a week. I know people have been texting. I just can't.",
        "medium",
        "withdrawal: phone on silent",
    ),
    (
        "keeping the curtains shut. cant be doing with the daylight or the neighbours",
        "medium",
        "withdrawal: curtains shut",
    ),
    (
        "not washed my hair in 2 weeks. not changed out of my pyjamas. no idea what day it is tbh",
        "medium",
        "low mood: self-care stopped",
    ),
    (
        "put the group chat on mute. not because of you lot. i just dont want to "
        "talk to anyone at all",
        "medium",
        "withdrawal: muted chat",
    ),
    (
        "didnt go to my sons birthday meal. told them i had a migraine. i didnt. i just couldnt",
        "medium",
        "withdrawal: skipped son's birthday",
    ),
    (
        "lights off, phone off, tea going cold. thats my evening",
        "medium",
        "low mood: lights off evening",
    ),
    (
        "stopped going to the allotment. weeds are up to the fence now. cant bring myself to care",
        "medium",
        "withdrawal: stopped allotment",
    ),
    (
        "food shop came and i left it on the step for an hour. couldnt face putting "
        "it away. thats most days now",
        "medium",
        "withdrawal: shopping left on step",
    ),
    (
        "Haven't been to Mass in two months. Father Michael put a note through the "
        "door. I haven't rung him back and I don't think I will.",
        "medium",
        "withdrawal: church and priest",
    ),
    (
        "sleeping 16 hours a day. awake for the bits in between and dont much want to be",
        "medium",
        "low mood: sleeping 16 hours",
    ),
    (
        "cancelled the physio, cancelled pain clinic, cancelled the hairdresser. easier",
        "medium",
        "withdrawal: cancelling all appointments",
    ),
    (
        "mum keeps dropping soup round. i keep pouring it away. not been hungry for about a week",
        "medium",
        "not eating: pouring away soup",
    ),
    (
        "ignored my sister at the door today. could hear her calling through the "
        "letterbox. felt awful but couldnt make myself move",
        "medium",
        "withdrawal: ignored sister at door",
    ),
    (
        "Lost a stone without trying. I just don't eat. Don't fancy anything.",
        "medium",
        "not eating: weight loss",
    ),
    (
        "not left the house since the last meeting. not even to the shop. delivery for everything",
        "medium",
        "withdrawal: not left house",
    ),
    (
        "deleted facebook and whatsapp off my phone except this. dont want anybody "
        "knowing how i am",
        "medium",
        "withdrawal: deleted apps",
    ),
    (
        "stopped answering when the carers knock. they let themselves in anyway and "
        "i just stay facing the wall",
        "medium",
        "withdrawal: ignoring carers",
    ),
    (
        "pulled out of the christmas meal. and the quiz. and the walk. sorry guys",
        "medium",
        "withdrawal: pulled out of everything",
    ),
    (
        "just lying here staring at the ceiling. been like this most of the day. and yesterday",
        "medium",
        "low mood: staring at ceiling",
    ),
    (
        "my wife says i havent laughed in months. shes probably right. i dont say "
        "much at all now, to anyone",
        "medium",
        "low mood: wife noticed, stopped talking",
    ),
    (
        "been having my tea in bed with the light off so i dont have to sit with anyone",
        "medium",
        "withdrawal: eating alone in dark",
    ),
    (
        "havent opened the post in a month. its just piling up behind the door",
        "medium",
        "withdrawal: unopened post",
    ),
    (
        "used to walk the dog round the rec every morning and chat to the other dog "
        "people, it was the best bit of my day. havent been since october. my "
        "neighbour walks him now. i just stay in with the blinds down. dont really "
        "want to see anyone",
        "medium",
        "withdrawal: long, dog walk stopped",
    ),
    (
        "rang in sick again, third week. havent been to the group either. i just sit "
        "in the car on the drive for a bit then go back in. cant face any of it",
        "medium",
        "withdrawal: stopped going to group and work",
    ),
    (
        "Wife gone to her sister's for the week. Haven't cooked. Haven't shaved. "
        "Haven't put the radio on. Don't see the point when it's just me.",
        "medium",
        "low mood: older man, quiet",
    ),
    (
        "Has anyone heard from Dave? he said some worrying things at the cafe and "
        "he's not been on here since",
        "medium",
        "concern about member: Dave",
    ),
    (
        "Priya seemed really flat on thursday. she barely said a word and she "
        "usually never stops lol. anyone been in touch with her?",
        "medium",
        "concern about member: Priya flat",
    ),
    (
        "the lady in the red coat who came for the first time said something on the "
        "way out that stuck with me. something like 'i dont think ive got much left "
        "in me'. does anyone know her name or have her number?",
        "medium",
        "concern about member: red coat lady",
    ),
    (
        "anyone heard from Marg? shes usually first to reply and its been 10 days. "
        "not like her at all",
        "medium",
        "concern about member: Marg quiet",
    ),
    (
        "bit worried about Kev tbh. he said at the last meet that his wife had left "
        "and he was 'not bothered about much now'",
        "medium",
        "concern about member: Kev after separation",
    ),
    (
        "Sue's not answering her phone or the door. Her car's on the drive. She's "
        "been very low lately. Should I be worried?",
        "medium",
        "concern about member: Sue not answering",
    ),
    (
        "Gaz said something odd in the car park after the meet. 'you lot will be "
        "fine without me'. Probably nothing but thought id say",
        "medium",
        "concern about member: Gaz comment",
    ),
    (
        "Has anyone checked on Linda? she told me shes stopped eating and she wasnt "
        "making much sense on the phone",
        "medium",
        "concern about member: Linda not eating",
    ),
    (
        "Not being nosy but Tom hasn't been for 3 meetings and last time he looked "
        "dreadful. Has anyone got his number?",
        "medium",
        "concern about member: Tom missing meetings",
    ),
    (
        "worried about Aisha. she messaged me last night saying she cant see the "
        "point of anything anymore and then nothing since",
        "medium",
        "concern about member: Aisha pointless",
    ),
    (
        "bev told me shes been staying in bed all day every day. she didnt want me "
        "to say but im worried. what do we do?",
        "medium",
        "concern about member: Bev in bed",
    ),
    (
        "anyone know how ray is? he was going on about being a nuisance to his "
        "daughter and i didnt like how he said it",
        "medium",
        "concern about member: Ray burden talk",
    ),
    (
        "the new chap, Colin i think, said he doesnt see the point making plans for "
        "spring. might just be the arthritis talking but it bothered me",
        "medium",
        "concern about member: Colin no plans",
    ),
    (
        "Jo's been posting less and less and her last one was just 'tired of it "
        "all'. is she ok does anyone know",
        "medium",
        "concern about member: Jo tired of it all",
    ),
    (
        "Just want to flag I'm worried about Wendy. She was very tearful on the "
        "phone and said she's had enough.",
        "medium",
        "concern about member: Wendy had enough",
    ),
    (
        "Not sure if Im overreacting. Nadia said 'whats the point' about five times "
        "at coffee. She laughed it off but",
        "medium",
        "concern about member: Nadia what's the point",
    ),
    (
        "trev sat on his own at the end and didnt say bye to anyone. he looked miles "
        "away. has anyone spoken to him since",
        "medium",
        "concern about member: Trev withdrawn",
    ),
    (
        "anyone heard off Shaz? her fella's gone and shes got the three kids on her "
        "own and she sounded like she was barely holding on",
        "medium",
        "concern about member: Shaz barely holding on",
    ),
    (
        "Dawn's mum died last month and she's not been right since. She said she "
        "hasn't left the house in weeks. Can we do something?",
        "medium",
        "concern about member: Dawn bereaved",
    ),
    (
        "kaz hasnt read the group chat in a fortnight. last thing she said was she "
        "felt like a spare part. bit worried",
        "medium",
        "concern about member: Kaz spare part",
    ),
    (
        "Pat mentioned she'd not eaten since Sunday. I offered to bring something "
        "round and she said don't bother. I'm worried about her.",
        "medium",
        "concern about member: Pat not eating",
    ),
    (
        "the lad who came last time (sorry forgot his name, tall, uses a stick) said "
        "he lies in the dark most days. felt awful for him. anyone know him?",
        "medium",
        "concern about member: unnamed man in the dark",
    ),
    (
        "Yvonne said she didnt want to be a burden on us anymore and left early. I "
        "hope she's alright",
        "medium",
        "concern about member: Yvonne burden",
    ),
    (
        "has anyone seen Les? his curtains have been shut all week and he usually "
        "waves at me from the window",
        "medium",
        "concern about member: Les curtains shut",
    ),
    (
        "Who do we tell if we're worried about someone in the group? She's very down "
        "and not eating. Not in danger I don't think, just very very down",
        "medium",
        "concern about member: who to tell",
    ),
    (
        "dont want to gossip but i bumped into Helen in Asda and she looked awful, "
        "honestly i nearly didnt recognise her. she said shes not been sleeping or "
        "eating and 'whats the point of the group, nothing helps'. she used to be "
        "the one cheering us all up. could someone who knows her better give her a "
        "ring?",
        "medium",
        "concern about member: long, Helen",
    ),
    (
        "Imran's PIP got stopped and he said at the bus stop he doesnt know how hes "
        "going to carry on like this. I didnt know what to say. Has anyone got his "
        "number?",
        "medium",
        "concern about member: Imran after benefit cut",
    ),
    (
        "been putting aside some of my tramadol for a few months now, not taking the "
        "full dose. got a good stash. hubby would be better off honestly",
        "high",
        "burden + accumulation: saving tramadol",
    ),
    (
        "weathers been grim hasnt it. anyway ive sorted my will and written letters "
        "for the girls. theyll be alright without me to worry about",
        "high",
        "burden + will and letters",
    ),
    (
        "Found a good home for Bess with the neighbours. She'll be better off there, "
        "I won't be needing to walk her. Won't make Thursday either, no point.",
        "high",
        "pet given away with finality + withdrawal",
    ),
    (
        "nothings going to change. ive got about 60 of the co-codamol saved in the "
        "drawer now. just so i know theyre there",
        "high",
        "hopelessness + accumulation: co-codamol in drawer",
    ),
    (
        "stopped my sertraline last month but kept all the boxes. cant see the point "
        "in any of it anymore",
        "high",
        "stopped sertraline, stock kept + hopelessness",
    ),
    (
        "im so sorry everyone. this will probably be my last post on here. thank you "
        "for everything, youve all been kinder to me than i deserve",
        "high",
        "farewell, last post + burden",
    ),
    (
        "he took my phone again and says if i tell anyone at the group hes going to "
        "make sure i regret it. i cant do this anymore",
        "high",
        "domestic abuse: threats + can't cope",
    ),
    (
        "After months of feeling trapped I feel very calm today for the first time "
        "in years. I've decided it's time. Thank you all for being my friends.",
        "high",
        "sudden calm after despair + farewell",
    ),
    (
        "went and stood on the bridge over the bypass for a long time last night. "
        "came home in the end. itd be easier for everyone though",
        "high",
        "place: bridge + burden",
    ),
    (
        "i cut again last night. first time in 4 years. i cant cope with any of it",
        "high",
        "self-harm: cutting + can't cope",
    ),
    (
        "took way too many of my gabapentin on sunday and ended up in A&E. they sent "
        "me home monday. honestly wish they hadnt bothered",
        "high",
        "recent attempt + passive wish",
    ),
    (
        "I've been walking down to the railway line most evenings and sitting by it "
        "for a while. It's quiet there. Nobody needs me at home anyway.",
        "high",
        "place: railway + burden",
    ),
    (
        "gave my sister mums rings and my good coat yesterday. she asked why and i "
        "said i wont be needing them. been feeling really flat",
        "high",
        "giving possessions away with finality + low mood",
    ),
    (
        "Has anyone heard from Dave? He told me at the cafe he's been saving up his "
        "morphine and he's got 'enough now'. He's not answering his phone.",
        "high",
        "concern about member + accumulation: morphine",
    ),
    (
        "i keep banging my head on the wall when it gets bad. the pain in my head is "
        "easier than everything else. im useless to everyone",
        "high",
        "self-harm: head banging + burden",
    ),
    (
        "scratched my arms till they bled again last night. dont know what else to "
        "do, nothing ever changes",
        "high",
        "self-harm: scratching till bleeding + hopelessness",
    ),
    (
        "dont feel safe at home. im not going to do anything silly but i dont feel "
        "safe there. cant say more. just so tired of it all",
        "high",
        "not safe at home, negated + tired of it all",
    ),
    (
        "been sitting in the car in the garage with the door down and the engine on "
        "for a while. tempting to just stay. everything is too much",
        "high",
        "garage and car + can't cope",
    ),
    (
        "counted my pregabalin this morning. 84. enough i think. nobody would miss me much",
        "high",
        "counting pregabalin + burden",
    ),
    (
        "This weekend I'm sorting everything out for good. Paid off the catalogue, "
        "cancelled the milk, left a note for Jan. I'm done being everyone's problem.",
        "high",
        "time with finality + note + burden",
    ),
    (
        "me and my husband had a row and he put his hands round my throat. i keep "
        "thinking its my fault for being ill and useless. i dont know what to do",
        "high",
        "domestic abuse: strangling + self-blame burden",
    ),
    (
        "nearly did it on tuesday. had the amitriptyline all lined up on the side. "
        "my son came home early. not sure if im glad or not",
        "high",
        "near-attempt, lining up amitriptyline + ambivalence",
    ),
    (
        "I won't be at the meeting next month. Or any meeting. Thank you all for "
        "being there, you made the last year bearable. Look after each other x",
        "high",
        "farewell from group + withdrawal",
    ),
    (
        "tonight i think. sky's clear. youve all been lovely. i cant be a weight on "
        "my family any longer",
        "high",
        "time 'tonight' + farewell + burden",
    ),
    (
        "I keep driving over to Clifton and sitting in the car near the bridge. I'm "
        "not sure why I'm telling you. I just can't see a way through any more.",
        "high",
        "place: Clifton bridge + hopelessness",
    ),
    (
        "mum would be devastated if she knew but ive been burning my arm with the "
        "lighter. its the only thing that takes the edge off. not really eating "
        "either",
        "high",
        "self-harm: burning + not eating",
    ),
    (
        "dont worry about me anymore. ive sorted it all out after everything. i feel "
        "at peace now its decided",
        "high",
        "sudden calm after despair",
    ),
    (
        "Been looking at the cliff path at Brean a lot on street view. Went there as "
        "a kid. Would be a nice last place to see. There's nothing left for me here.",
        "high",
        "place: cliff + last place + hopelessness",
    ),
    (
        "ive been getting paracetamol from different shops, two packs at a time so "
        "they dont ask. i just want it all to stop",
        "high",
        "accumulation: paracetamol across shops + passive wish",
    ),
    (
        "my partner controls all the money now and wont let me see my friends. says "
        "no one else would put up with a cripple like me. hes probably right",
        "high",
        "coercive control + burden",
    ),
    (
        "stopped putting the fentanyl patches on and kept them in an envelope in the "
        "bedside drawer. got a months worth now. wont be needing them for much "
        "longer",
        "high",
        "stopping fentanyl patches, stock kept",
    ),
    (
        "Well that's that, said goodbye to the dog this morning, she's gone to my "
        "brother's for good. Very quiet in here now. Don't think I'll be needing "
        "much after this week.",
        "high",
        "pet given away + time with finality",
    ),
    (
        "the rope from the allotment shed is in the boot now. not sure why im "
        "telling anyone. just so tired of being a nuisance",
        "high",
        "rope in car + burden",
    ),
    (
        "anyone know if Priya's ok? she sent me a message at 2am saying thanks for "
        "being a good friend and shes sorry for everything. not answering since",
        "high",
        "concern about member + farewell message",
    ),
    (
        "ive written letters for the kids and put them in the bureau. i dont think i "
        "can carry on like this",
        "high",
        "letters for children + can't cope",
    ),
    (
        "stood on the platform at temple meads yesterday watching the fast trains go "
        "through and thought how quick it would be. went home. still thinking about "
        "it. everyone would cope better",
        "high",
        "railway platform + burden",
    ),
    (
        "he says if i go to the group again hell hurt the cat. hes locked the front "
        "door tonight. im not ok",
        "high",
        "threats to pet, locked in + not ok",
    ),
    (
        "stopped the morphine but theres a good few weeks of it in the cupboard. "
        "just in case. nothings ever going to get better anyway",
        "high",
        "stopped morphine with stock + hopelessness",
    ),
    (
        "keep hitting myself on the legs when the pain gets bad. bruises all over. "
        "hiding them from the kids. feel like such a failure as a mum",
        "high",
        "self-harm: hitting self + burden",
    ),
    (
        "I've cancelled the repeat prescription and told the carers not to come from "
        "next Monday. I won't be needing them. Tired of fighting.",
        "high",
        "cancelling care and meds with finality + can't cope",
    ),
    (
        "the pain is killing me today lol. anyone else find the cold gets right in their joints?",
        "none",
        "idiom: 'pain is killing me' + weather question",
    ),
    (
        "i could murder a cuppa and a custard cream. kettles too far away tho 😂",
        "none",
        "idiom: 'could murder a cuppa'",
    ),
    (
        "dying to see you all on thursday! ill bring the lemon drizzle x",
        "none",
        "idiom: 'dying to see you all'",
    ),
    (
        "Moving house on the 14th so I'll be a bit quiet for a couple of weeks. Same "
        "number. Will be back on once the boxes are unpacked!",
        "none",
        "benign goodbye: moving house, returning",
    ),
    (
        "Hi all, I've decided to move to the Thursday group in Keynsham as it's "
        "closer to my daughter's. Thank you for a lovely year, I'll still see you at "
        "the big get-together in the spring.",
        "none",
        "benign goodbye: moving to another group",
    ),
    (
        "off to tenerife tomorrow for 10 days!! goodbye rain. will post a pic of my "
        "feet by the pool lol",
        "none",
        "benign goodbye: holiday",
    ),
    (
        "taking a little break from the board for a few weeks, need to focus on my "
        "back exercises and my grandsons christening. back in january xx",
        "none",
        "benign goodbye: break from board with return",
    ),
    (
        "Does anyone take pregabalin? GP wants to switch me over from gabapentin and "
        "I'm worried about the drowsiness.",
        "none",
        "medicine question: gabapentin to pregabalin",
    ),
    (
        "what time do you all take your amitriptyline? im taking it at 9pm and still "
        "groggy at 10am",
        "none",
        "medicine routine: amitriptyline timing",
    ),
    (
        "got one of those dosette boxes from boots. game changer. no more 'did i "
        "take the tramadol or not' panic",
        "none",
        "medicine routine: dosette box, tramadol",
    ),
    (
        "repeat prescription went missing AGAIN. third time this year. surgery says "
        "its the chemist, chemist says its the surgery 🙄",
        "none",
        "service frustration: repeat prescription",
    ),
    (
        "Flying to Spain in May. Do I need a letter from the GP to take my morphine "
        "through security? Any tips welcome.",
        "none",
        "travelling with meds: morphine abroad",
    ),
    (
        "Three years ago I was in a really dark place and didn't leave the house for "
        "months. Today I walked round the lake with my sister. Slowly, with stops, "
        "but I did it. Thank you all.",
        "none",
        "past-tense recovery story",
    ),
    ("anyone watching the bake off final tonight? my moneys on the vet", "none", "TV chat"),
    (
        "reading a book about a woman who walks from lands end to john o groats. i "
        "managed to the end of the road and back so basically the same thing",
        "none",
        "book mention + humour",
    ),
    (
        "bought a new kitchen knife today with a thick handle and it actually helps "
        "with my hands. chopping veg without my fingers seizing up. recommend",
        "none",
        "innocent 'knife'",
    ),
    (
        "the hubby's been in the shed all day building me a raised bed for the "
        "allotment so i dont have to bend. love him",
        "none",
        "innocent 'shed', partner helping",
    ),
    (
        "stuck on the train outside Parkway station for 45 mins. my back was not "
        "impressed. GWR strikes again",
        "none",
        "innocent 'train', 'station'; service vent",
    ),
    (
        "Car's in the garage for its MOT so I'm stranded till Friday. Anyone going "
        "to the meeting from Kingswood who could give me a lift?",
        "none",
        "innocent 'garage', 'car'; asking for lift",
    ),
    (
        "My plan for this week: one walk a day, one nice thing a day, no hoovering. "
        "Pacing like a pro.",
        "none",
        "innocent 'plan', pacing",
    ),
    (
        "final session of hydrotherapy today. gutted its ended, the pool was the one "
        "place nothing hurt. going to look at the public swimming sessions instead",
        "none",
        "innocent 'final', hydrotherapy ended",
    ),
    (
        "ended up in A&E with a sprained wrist after slipping on wet leaves. 5 hour "
        "wait. so much for the 4 hour target",
        "none",
        "A&E vent, minor injury",
    ),
    (
        "Decided to give away my old mobility scooter as I've got a new one through "
        "Motability. Anyone want it? Free to collect in Yate.",
        "none",
        "innocent 'give away', new scooter",
    ),
    (
        "got my letter from the pain clinic finally. appointment in feb. only took 9 months lol",
        "none",
        "service frustration: long wait",
    ),
    (
        "the wife and I have finally made peace with the fact that our garden will "
        "never look like the Chelsea Flower Show",
        "none",
        "innocent 'peace', humour",
    ),
    (
        "had a flare after doing too much at the weekend. my own fault, ignored all "
        "the pacing stuff. lesson learned. again 🙄",
        "none",
        "pacing setback",
    ),
    ("knackered. thats it. thats the post", "none", "tiredness, short"),
    (
        "anyone heard from Jan? oh wait shes on her cruise isnt she. lucky thing!",
        "none",
        "asking after member: on a cruise",
    ),
    (
        "Where's Becca been? Oh she's started her new job, she told me Tuesday. Good for her!",
        "none",
        "asking after member: new job",
    ),
    (
        "Dave says sorry he's missed the last two, his grandson's been staying and "
        "he's run ragged. He'll be back in December.",
        "none",
        "member busy: grandson staying",
    ),
    (
        "PIP tribunal went in my favour!!! after 14 months. cried in the car park with relief",
        "none",
        "benefits win",
    ),
    (
        "Universal Credit have asked for the same form for the third time. I'm going to frame it.",
        "none",
        "service frustration: Universal Credit, humour",
    ),
    (
        "i think my tens machine is possessed. it goes off on its own in the night. anyone else?",
        "none",
        "humour: TENS machine",
    ),
    (
        "my migraine tablets finally work!! sumatriptan and lie down in the dark for "
        "an hour and im human again",
        "none",
        "migraine treatment working; lying in the dark benign",
    ),
    (
        "Last meeting of the year is on the 12th! Same café, 11am. Let me know if "
        "you're coming so I can book the big table.",
        "none",
        "innocent 'last', group admin",
    ),
    (
        "the nurse at the surgery was lovely today. first time in ages someone actually listened",
        "none",
        "positive GP experience",
    ),
    (
        "im 24 and i walk with a stick and a man on the bus asked if i was 'faking "
        "for the seat'. told him where to go 😂",
        "none",
        "young, stick, humour",
    ),
    (
        "Just finished the goodbye card for Helen, our PTV who's retiring. Please "
        "sign it on Thursday!",
        "none",
        "innocent 'goodbye', card for retiring PTV",
    ),
    (
        "bridge club went well, managed 2 hours sitting which is a record. had to "
        "lie on the floor after lol",
        "none",
        "innocent 'bridge' (card game)",
    ),
    (
        "said goodbye to my old sofa today. the new riser recliner comes tomorrow. i "
        "feel about 90 but i dont care",
        "none",
        "innocent 'goodbye', new chair",
    ),
    (
        "physio has given me new exercises with a resistance band and a bit of rope "
        "looped round the door handle. feel like a pirate",
        "none",
        "innocent 'rope', physio exercise",
    ),
    (
        "watched that documentary on fibro on bbc2 last night. finally someone gets "
        "it. my husband watched it too and just said 'oh'",
        "none",
        "TV documentary",
    ),
    (
        "reading The Salt Path for book club. She walks the whole coast path with "
        "nothing. Makes me feel like a wimp",
        "none",
        "book club mention",
    ),
    (
        "ive decided. no more doing christmas dinner for 12. were going to the "
        "carvery. best decision ive made all year",
        "none",
        "innocent 'decided', christmas plans",
    ),
    (
        "my will power is zero when it comes to chocolate. pacing my biscuits is not going well",
        "none",
        "humour: will power",
    ),
    (
        "tonights plan: hot water bottle, strictly, early night. bliss",
        "none",
        "innocent 'tonight', 'plan'",
    ),
    (
        "does anyone know if you can take paracetamol with co-codamol? pharmacist "
        "said no but the gp letter says yes?",
        "none",
        "medicine question: paracetamol and co-codamol",
    ),
    (
        "my fentanyl patches keep peeling off in the shower, anyone got tips? tried "
        "tegaderm over the top",
        "none",
        "medicine routine: patches falling off",
    ),
    (
        "travelling up to my daughters in Newcastle for christmas. any tips for a 5 "
        "hour train with a bad back?",
        "none",
        "travel question: train with bad back",
    ),
    (
        "Kids have finally gone back to school. Peace at last! Well, apart from the dog.",
        "none",
        "innocent 'peace'",
    ),
    (
        "my road is dug up AGAIN so the bus doesnt stop outside. walking to the next "
        "stop with a stick in that wind was fun",
        "none",
        "innocent 'road', 'bus'; vent",
    ),
    (
        "fell asleep at the station waiting for my train and missed it lol. pregabalin brain",
        "none",
        "innocent 'station', side effect humour",
    ),
    (
        "im better off on the lower dose of gabapentin honestly. less foggy, pain about the same",
        "none",
        "innocent 'better off', dose",
    ),
    (
        "Final reminder: money for the Christmas meal needs to be in by Friday. £15 "
        "each. Thank you!",
        "none",
        "innocent 'final', group admin",
    ),
    (
        "had a lovely afternoon at the garden centre with Pat and Sue. scones the size of my head",
        "none",
        "social outing",
    ),
    (
        "the new GP said 'have you tried yoga'. I've been doing the PMP for 12 weeks mate",
        "none",
        "GP frustration, humour",
    ),
    (
        "fibro fog is real. put the milk in the cupboard and the teabags in the fridge",
        "none",
        "fibro fog humour",
    ),
    (
        "I could kill for a decent night's sleep. Up at 3 again with the hip.",
        "none",
        "idiom: 'could kill for' sleep",
    ),
    (
        "the pain is murder today. off to have a bath and watch corrie",
        "none",
        "idiom: 'pain is murder'",
    ),
    (
        "My letter to the MP about the pain clinic waiting list got a reply! Fairly "
        "generic, but still.",
        "none",
        "innocent 'letter', MP",
    ),
    (
        "gave my old walking poles to Ade, hes just started doing the canal walk. pass it on 😊",
        "none",
        "innocent 'gave away', walking poles",
    ),
    (
        "end of an era. my old hot water bottle has sprung a leak after 15 years. rip",
        "none",
        "innocent 'end', hot water bottle",
    ),
    (
        "last day at work today! retiring early on ill health and honestly im "
        "excited. going to do pottery",
        "none",
        "innocent 'last day', early retirement",
    ),
    (
        "anybody elses pharmacy out of stock of the 50mg tramadol? been to three",
        "none",
        "medicine: tramadol out of stock",
    ),
    (
        "just a moan. physio cancelled, rebooked for 6 weeks time, then they wonder "
        "why we get fed up",
        "none",
        "service frustration: physio cancelled",
    ),
    (
        "My granddaughter asked why Nanna walks funny and I told her I'm a penguin. "
        "She's been waddling all week 😂",
        "none",
        "grandchild humour",
    ),
    (
        "Six months on from the PMP and I'm doing 20 minutes walking a day. Never "
        "thought I'd say that. Keep going everyone.",
        "none",
        "progress after PMP",
    ),
    (
        "Is anyone going to the get together in March? Thinking of going, would be "
        "nice to see a familiar face",
        "none",
        "twice-yearly gathering",
    ),
    (
        "the garage rang, the car needs a new clutch. £600. im crying (with "
        "laughter, because what else can you do)",
        "none",
        "innocent 'garage', humour about cost",
    ),
    (
        "Anyone seen Kev lately? Never mind, just seen his photos on facebook, he's "
        "in Cornwall with the caravan!",
        "none",
        "asking after member: on holiday",
    ),
    (
        "tonights the night... strictly final! got the wine and the blanket ready 😂",
        "none",
        "innocent 'tonight's the night', TV",
    ),
    (
        "hows everyone doing? quiet on here this week. hope the cold isnt getting to you all x",
        "none",
        "general check-in",
    ),
    (
        "chemist gave me the wrong strength of sertraline, had to take it back. "
        "always check the box people",
        "none",
        "medicine: wrong strength dispensed",
    ),
    (
        "Finally made a will after putting it off for 20 years. Solicitor was "
        "lovely. Now my husband can stop nagging! Next job, the loft.",
        "none",
        "innocent 'will', making a will",
    ),
    (
        "Bridge in town is shut for repairs so the bus goes all round the houses. "
        "Added 40 mins to the trip to the hospital.",
        "none",
        "innocent 'bridge', bus diversion",
    ),
    (
        "got the last tickets for the panto at the hippodrome! grandkids will be made up",
        "none",
        "innocent 'last', panto tickets",
    ),
    (
        "I'm so fed up with this weather. Rain, rain, rain. My knees are better than "
        "the Met Office.",
        "none",
        "weather vent",
    ),
    (
        "im shattered after my sisters wedding but it was worth every second. danced "
        "for one song then sat down like the queen",
        "none",
        "tiredness after wedding",
    ),
    (
        "Mo is off for a few weeks, he's got his knee op on Monday. Said to say hi "
        "to everyone and he'll be back when he can manage the stairs",
        "none",
        "member away: knee op",
    ),
    (
        "woke up with a migraine so cancelled the dentist and im lying down with the "
        "blinds shut. should be ok by this evening, see you tomorrow x",
        "none",
        "twin of withdrawal: one-off migraine",
    ),
    (
        "not eating much this week, the grandkids brought a stomach bug home and Ive "
        "caught it. Lovely. On the toast and flat coke diet",
        "none",
        "twin of not eating: stomach bug",
    ),
    (
        "havent been out much lately because the car's been off the road, but "
        "Linda's picking me up for thursday 😊",
        "none",
        "twin of withdrawal: car off the road",
    ),
    (
        "Phone's been broken for a week, sorry if I missed anyone's messages! New "
        "one arrived today.",
        "none",
        "twin of not answering: broken phone",
    ),
    (
        "my husband does most of the cooking now and honestly hes better at it than "
        "me, im not complaining 😂",
        "none",
        "twin of burden: husband cooks",
    ),
    (
        "My daughter took me to my appointment today and we had lunch after. Really "
        "nice to have that time together.",
        "none",
        "twin of burden: daughter takes to appointment",
    ),
    (
        "the carers are brilliant, one of them brings me all the gossip from the village",
        "none",
        "twin of burden: carers praised",
    ),
    (
        "anyone else find the mindfulness app voice really annoying? 'notice your "
        "breath'. i am noticing it sharon",
        "none",
        "humour: mindfulness app",
    ),
    (
        "kept my pain diary all week and it was a 6 most days, better than the 8s "
        "last month. small wins",
        "none",
        "pain diary progress",
    ),
    (
        "two years ago i honestly didnt want to be here and couldnt see any future. "
        "now im volunteering at the food bank twice a week and i laugh most days. if "
        "youre where i was, it does change x",
        "none",
        "past-tense recovery with past ideation resolved",
    ),
    (
        "the end of the PMP was sad but weve kept meeting every month since. 18 months now!",
        "none",
        "innocent 'end', group going well",
    ),
    (
        "just seen on the news theres more train strikes next week. so much for "
        "getting to my appointment in Bristol",
        "none",
        "news: train strikes",
    ),
    (
        "tablets are a nightmare to open with my hands. asked the chemist for easy "
        "open lids and they did it no bother",
        "none",
        "innocent 'tablets', practical",
    ),
    (
        "Does anyone know a good heat pad that doesn't switch itself off after 90 minutes?",
        "none",
        "practical question: heat pad",
    ),
    (
        "giving away loads of wool and knitting needles as my hands cant manage them "
        "anymore, but ive taken up audiobooks instead! message me if you want any",
        "none",
        "innocent 'giving away' with new hobby",
    ),
    (
        "Not going to make it Thursday, it's my grandson's nativity. He's a sheep. "
        "Save me a mince pie!",
        "none",
        "missing meeting for nativity",
    ),
    (
        "can we move the next meeting to the café with the ramp? those steps at the "
        "other one were a killer",
        "none",
        "idiom: 'killer' steps, venue request",
    ),
    (
        "I've finally got a wheelchair for days out. Was dreading it but we went "
        "round the whole of Westonbirt with the family. Brilliant.",
        "none",
        "wheelchair for days out, positive",
    ),
    (
        "sleep is rubbish, pain is rubbish, but had a good laugh with my sister on "
        "the phone so its not all bad",
        "none",
        "mixed day, not all bad",
    ),
    (
        "Sorry I've been quiet, had covid. Feeling human again now, see you all next week x",
        "none",
        "quiet due to illness, returning",
    ),
    ("just got my blue badge renewed. victory dance (sitting down)", "none", "blue badge renewed"),
    (
        "Does anyone else's cat sit exactly on the sore bit? Mine has a sixth sense.",
        "none",
        "cat humour",
    ),
    (
        "Sick of the gp telling me its my weight. Ive lost 2 stone and the knee "
        "still hurts. Rant over.",
        "none",
        "GP frustration rant",
    ),
    (
        "last night at the old house. bit emotional, 30 years of memories. new "
        "bungalow tomorrow, no stairs!!",
        "none",
        "innocent 'last night', moving to bungalow",
    ),
    (
        "Just a heads up that Priya's away at her brother's wedding in Leicester so "
        "won't be at Thursday's meet, she asked me to say x",
        "none",
        "twin of concern: Priya away at wedding",
    ),
    (
        "the lady in the red coat at the last meeting (Maureen?) left her umbrella "
        "behind. ive got it if anyone sees her!",
        "none",
        "twin of concern: red coat lady's umbrella",
    ),
    (
        "Anyone heard from Dave? He owes me a rematch at the pub quiz 😂 (he's fine, "
        "just saw him in Tesco)",
        "none",
        "twin of concern: Dave, joking",
    ),
    (
        "When my dad died I felt like my pain doubled. Four years on the grief's "
        "still there but I'm managing. Sending love to anyone going through it.",
        "none",
        "past grief, managing",
    ),
    (
        "im at peace with the fact that i will never like the gym 😂 swimming it is",
        "none",
        "innocent 'at peace', humour",
    ),
    (
        "Not much to report. Pain 5/10, sun out, washing on the line. That'll do me.",
        "none",
        "twin of 'that'd do me': content",
    ),
    (
        "Mum's 90th today. She's still sharper than all of us. Had cake at the care home.",
        "none",
        "family celebration",
    ),
    (
        "overdid it at the allotment, now im on the sofa with a bag of frozen peas. "
        "worth it for the spuds",
        "none",
        "pacing setback: allotment",
    ),
    (
        "Just a vent. Waited 2 hours at the hospital to be told my appointment was "
        "cancelled and the letter was 'in the post'.",
        "none",
        "hospital vent",
    ),
    (
        "ive given up on the mindfulness app but im keeping the breathing exercises. "
        "the rest wasnt for me",
        "none",
        "innocent 'given up', keeping breathing",
    ),
    (
        "has anyone heard from Sian? oh shes at her daughters in Cardiff helping "
        "with the new baby isnt she. give her our love if anyone speaks to her!",
        "none",
        "asking after member: Sian at daughter's",
    ),
    (
        "This will be my last post before we go to my son's in Spain for Christmas. "
        "Have a lovely one everyone, see you in the new year xx",
        "none",
        "innocent 'last post' of the year",
    ),
    (
        "Good afternoon all. Leeks are doing well at the allotment despite the "
        "frost. I managed an hour with the long-handled hoe and a sit down in the "
        "shed with a flask. A good day.",
        "none",
        "old man, formal, allotment news",
    ),
    (
        "dead on my feet after the school run but off to the cinema with the girls "
        "later. pacing who?",
        "none",
        "idiom: 'dead on my feet' + plans",
    ),
    (
        "got stuck in the lift at the hospital for 20 mins. trapped with a porter "
        "and a man with a catheter bag. lovely chat actually",
        "none",
        "twin of trapped: lift stuck, humour",
    ),
    (
        "right rant incoming. PIP want a new form, the GP wont do a letter without "
        "an appointment, theres no appointments for 3 weeks, and the form is due in "
        "2. so i rang the helpline and waited 58 minutes to be told to ring the GP. "
        "honestly the system is designed by someone whos never been ill. anyway got "
        "a cuppa and a biscuit now, ill sort it tomorrow",
        "none",
        "long venting about PIP and services, no risk",
    ),
    (
        "rest day today as planned. pyjamas, blanket, audiobook, phone on do not "
        "disturb till 2. back on it tomorrow",
        "none",
        "twin of withdrawal: pacing rest day planned",
    ),
]
