"""Independent held-out round 6 for the safeguarding screener.

Written by an independent evaluator who had not seen the screener (screening.py), its phrase
library, its evaluation script or any earlier data set or report before writing and saving
these posts. Posts were invented from the design rules (safeguarding.md rules 1-5), domain.md
and the participant quotes in seed-paper.txt. The round is evaluated once; texts and labels
are not edited afterwards.
"""

SAMPLES_ROUND6: list[tuple[str, str, str]] = [
    (
        'been counting my tramadol every night this week, got 46 now. thats enough i reckon',
        'high',
        "named medicine, counting, 'enough' = accumulation with intent",
    ),
    (
        'ive stopped taking the pregabalin but kept every box, theyre all in the shoe box '
        'under the bed now. just in case',
        'high',
        'stopping treatment with a stock kept',
    ),
    (
        'does anyone want my sewing machine and all the fabric? i wont be needing any of it '
        'after this week x',
        'high',
        'giving possessions away with finality and a time',
    ),
    (
        'can someone take my cat bella, shes lovely, had all her jabs. i need her to go to a '
        'good home before friday',
        'high',
        'giving a pet away with a deadline, no reason given',
    ),
    (
        'this is my last post on here. thank you all for everything, you were the best bit of '
        'the last two years. look after each other',
        'high',
        'last post / farewell',
    ),
    (
        'ive written letters to my kids and put them in the drawer with my will. feels good to '
        'have it done',
        'high',
        'letters plus will, affairs in order',
    ),
    (
        'sorted my funeral plan out today, paid it all up, told the bank, cancelled the gym. '
        'everythings in order now so no one has to deal with it',
        'high',
        'affairs in order with finality',
    ),
    (
        'i feel really calm today for the first time in months. ive made my decision and its '
        'such a relief. thank u all for putting up with me',
        'high',
        'sudden calm after a decision, thanks as farewell',
    ),
    (
        'went up to the bridge over the bypass again last night. stood there for ages. next '
        'time i wont come back down',
        'high',
        'place (bridge) with plan',
    ),
    (
        'i took all my amitriptyline on saturday, ended up in a&e, they let me out yesterday. '
        'sorry i missed the meet',
        'high',
        'recent attempt (overdose)',
    ),
    (
        'cut myself again last night first time in 3 yrs. the pain in my arm is the only thing '
        'that feels real',
        'high',
        'self-harm act',
    ),
    (
        'i dont feel safe at home, hes been drinking again and he threw the kettle at me. '
        'please dont reply on here he reads my phone',
        'high',
        'not safe at home, domestic abuse',
    ),
    (
        'tonight is the night. not scared anymore. love to u all',
        'high',
        'time with finality, farewell',
    ),
    (
        'ive been saving up my morphine, i dont take the evening ones anymore. theres quite a '
        'pile now',
        'high',
        'named medicine saved up',
    ),
    (
        'got the hosepipe and some tape from b&q today. not for the garden',
        'high',
        'method implied (hosepipe/exhaust), understated',
    ),
    (
        'if anyone wants my books on pacing and mindfulness theyre in a bag by my door, key '
        'under the plant pot. wont need them where im going',
        'high',
        'giving possessions away with finality',
    ),
    (
        'im not going to do anything stupid but honestly i dont feel safe with myself right '
        'now',
        'high',
        'not feeling safe, negation must not clear it',
    ),
    (
        'wrote my note earlier. just need to wait til everyones asleep',
        'high',
        'note plus time',
    ),
    (
        'i keep thinking about walking in front of the lorries on the a road near me. ive '
        'worked out which bend they cant see you on',
        'high',
        'method and place with planning',
    ),
    (
        'been lining up the codeine and paracetamol on the kitchen table counting them over '
        'and over',
        'high',
        'named medicines lined up and counted',
    ),
    (
        'hope i just dont wake up tomorrow. ive already said my goodbyes to my sister, she '
        'doesnt know thats what it was',
        'high',
        'passive wish plus goodbye',
    ),
    (
        'bye everyone. its been a privilege. dont be sad',
        'high',
        'farewell with finality',
    ),
    (
        'my fentanyl patches, ive got a whole box of spares the pharmacy gave me by mistake. '
        'been thinking what would happen if i put them all on at once',
        'high',
        'named means, stock, intent',
    ),
    (
        'rehomed the dog today. hardest thing ive done but its done now. theres nothing left '
        'to sort',
        'high',
        'pet given away with finality, nothing left to sort',
    ),
    (
        'i burned my arm with the iron on purpose yesterday. dont know why i did it, it helped '
        'for a bit',
        'high',
        'self-harm act',
    ),
    (
        'my partner locked me in the bedroom again when i said i wanted to go to the group. im '
        'scared of what hell do',
        'high',
        'domestic abuse, not safe',
    ),
    (
        'last week i tried to hang myself in the garage, rope snapped. nobody knows. im back '
        'on here like nothing happened',
        'high',
        'recent attempt',
    ),
    (
        'changed my mind about coming thursday, actually changed my mind about everything. i '
        'know what i need to do now and im at peace with it',
        'high',
        'calm after a decision',
    ),
    (
        'ive cancelled all my appointments, given notice on the flat and told work im '
        'finishing. by the weekend itll all be over',
        'high',
        'affairs wound up, time with finality',
    ),
    (
        'gabapentin + the gin in the cupboard. been reading how many itd take',
        'high',
        'named medicine, method research',
    ),
    (
        'please tell the group im sorry, i couldnt keep going. my daughter will have my phone',
        'high',
        'farewell message written as if after',
    ),
    (
        'the railway line is at the bottom of my road and i went down there tonight and just '
        'stood by the fence for an hour. i want it to stop',
        'high',
        'place (railway) plus wish for it to stop',
    ),
    (
        'i dont want to wake up in the morning, and ive got enough tablets saved now that i '
        'wont have to',
        'high',
        'passive wish plus saved tablets',
    ),
    (
        'ive been scratching my legs till they bleed, its the only way to get through the '
        'nights now',
        'high',
        'self-harm act',
    ),
    (
        'left instructions for my son about the house and the insurance on the fridge. im so '
        'tired. goodnight all, for good',
        'high',
        'affairs in order, farewell',
    ),
    (
        'my husband hits me when my pain makes me slow with the housework. im frightened to go '
        'home after the meetup',
        'high',
        'domestic abuse',
    ),
    (
        'weirdly i feel fine now. ive got a plan and a date and for the first time the pain '
        'doesnt matter',
        'high',
        'plan and date, calm',
    ),
    (
        'dont bother saving me a seat next month or any month after. ive said all i needed to '
        'say. take care of yourselves xx',
        'high',
        'indirect farewell',
    ),
    (
        'anyone know how many co-codamol it takes to not wake up. asking for real',
        'high',
        'named medicine, lethal-dose question',
    ),
    (
        'sat in the car in the garage with the engine running for a bit earlier. turned it off '
        'in the end. dont know if i will next time',
        'high',
        'recent attempt, method, place',
    ),
    (
        'got my 2 months of oramorph and im not going to take any of it. its my way out if it '
        'gets too bad again, ive decided that',
        'high',
        'stock kept as way out',
    ),
    (
        'i want to kill myself. theres no other way to say it',
        'high',
        'direct intent',
    ),
    (
        'going to end it this weekend. i just wanted someone to know',
        'high',
        'direct intent with time',
    ),
    (
        'gave my mums ring to my niece today and my good coat to the charity shop. i wont need '
        'them. feels lighter',
        'high',
        'giving possessions away with finality',
    ),
    (
        'ive been stockpiling my naproxen and diazepam for a while now. i know that sounds '
        'bad. i just want the option',
        'high',
        'stockpiling named medicines',
    ),
    (
        'took a load of pills last night, woke up this morning feeling awful, im not telling '
        'anyone irl',
        'high',
        'recent overdose',
    ),
    (
        'the bloke next door has been threatening me again and says hell burn the house down. '
        'i dont feel safe sleeping here',
        'high',
        'not feeling safe at home',
    ),
    (
        'love you all. this is goodbye. please look after jan for me',
        'high',
        'farewell',
    ),
    (
        'thinking of driving into the sea wall on the coast road, quick and nobody else hurt',
        'high',
        'method and place',
    ),
    (
        'im not saying this for attention but ive got the knife in the bedside drawer and ive '
        'been holding it most nights',
        'high',
        'means at hand',
    ),
    (
        'my meds are in a little pile on the side, ive been keeping back one of every dose '
        'since christmas. not long now',
        'high',
        'unnamed medicine accumulated, finality',
    ),
    (
        'if im not here for the summer picnic please dont blame yourselves. this was always '
        'going to happen',
        'high',
        'farewell, finality',
    ),
    (
        'im so tired of this. the ropes already up in the loft',
        'high',
        'method prepared',
    ),
    (
        'i wish i could go to sleep and never wake up, ive been looking up the tall car park '
        'in town too',
        'high',
        'passive wish plus place',
    ),
    (
        'sorry for the dark msg but i took an overdose on tuesday and they pumped my stomach. '
        'home now. i dont regret trying',
        'high',
        'recent attempt, no regret',
    ),
    (
        'my ex has turned up at the house 3 times this week and put a note through saying he '
        'knows where i am. im scared to stay here',
        'high',
        'not safe at home',
    ),
    (
        'sorted who gets the cats, sorted the letters, sorted the bank. just tidying the flat '
        'now so its nice for whoever finds it',
        'high',
        'affairs in order, letters, pets, finality',
    ),
    (
        'its my birthday on sunday and ive decided itll be my last one',
        'high',
        'time with finality',
    ),
    (
        'i feel like such a burden on my family, theyd honestly be better off without me '
        'moaning all the time',
        'medium',
        'burden',
    ),
    (
        'i cant cope anymore. every day is the same pain and nothing helps',
        'medium',
        'cannot cope',
    ),
    (
        'whats the point of any of it. the pain clinic has discharged me and i have nothing '
        'left to try',
        'medium',
        'hopelessness',
    ),
    (
        'some days i wish i could just go to sleep and not wake up. not going to do anything, '
        'just tired',
        'medium',
        'passive wish alone',
    ),
    (
        'has anyone heard from dave? hes not answered since he posted that he couldnt carry on '
        'on tuesday',
        'medium',
        'concern about another member',
    ),
    (
        'im going to go quiet for a while, turning my phone off. dont worry',
        'medium',
        'withdrawal, going silent',
    ),
    (
        'feel trapped in this body. cant work, cant sleep, cant see a way out',
        'medium',
        'trapped',
    ),
    (
        'im just a drain on everyone, my husband has to do everything for me now',
        'medium',
        'burden',
    ),
    (
        'worried about sue, she said some dark stuff at the cafe and then left early, she isnt '
        'answering texts',
        'medium',
        'concern about a member',
    ),
    (
        'nothing is ever going to get better is it. 12 years of this',
        'medium',
        'hopelessness',
    ),
    (
        'i honestly dont know how much longer i can keep doing this',
        'medium',
        'cannot cope, ambiguous',
    ),
    (
        'im at the end of my rope with this crps flare, no one listens at the gp',
        'medium',
        'cannot cope (idiom, but clinician would look)',
    ),
    (
        'i dont want to be here anymore',
        'medium',
        'passive wish, ambiguous, at least medium',
    ),
    (
        'ive stopped going out at all. cancelled on everyone, even you lot. easier to just '
        'stay in the dark',
        'medium',
        'withdrawal',
    ),
    (
        'whats wrong with me, i cant even make a cup of tea without crying. im useless to '
        'everyone',
        'medium',
        'worthlessness, burden',
    ),
    (
        'my kids would have an easier life if i wasnt around dragging them down',
        'medium',
        'burden',
    ),
    (
        'anyone else feel like theyre just existing not living? i feel like a ghost in my own '
        'house',
        'medium',
        'hopelessness',
    ),
    (
        'im sorry for always being the negative one in here. ill stop posting, you dont need '
        'my misery',
        'medium',
        'burden, withdrawal',
    ),
    (
        'gill hasnt been to the last 3 meets and her whatsapp says last seen 2 weeks ago. im '
        'really worried, she was in a bad way',
        'medium',
        'concern about a member',
    ),
    (
        'the pain is so bad tonight i cant see the point in carrying on like this',
        'medium',
        'hopelessness with pain; ambiguous',
    ),
    (
        'im so tired of fighting. ive got nothing left',
        'medium',
        'hopelessness',
    ),
    (
        'sometimes i think everyone would be relieved if i just disappeared',
        'medium',
        'burden, passive',
    ),
    (
        'no one would even notice if i stopped turning up',
        'medium',
        'hopelessness, isolation',
    ),
    (
        'crying in the car park at the hospital again. theyve said no more injections. i dont '
        'know what im going to do now',
        'medium',
        'cannot cope',
    ),
    (
        'didnt get out of bed today or yesterday. havent eaten. cant be bothered with anything',
        'medium',
        'withdrawal, low mood',
    ),
    (
        'i feel like im drowning and everyone is just watching',
        'medium',
        'trapped, cannot cope',
    ),
    (
        'my mum keeps asking why i dont ring. i dont know what to say to anyone anymore, im '
        'just going to stop answering',
        'medium',
        'withdrawal',
    ),
    (
        'not been well in my head lately. dark thoughts. dont really want to talk about it',
        'medium',
        'ambiguous dark thoughts',
    ),
    (
        'is it normal to think about dying a lot? not doing anything about it just thinking',
        'medium',
        'passive ideation',
    ),
    (
        'i miss the old me so much it hurts. shes gone and this is all thats left',
        'medium',
        'hopelessness, ambiguous',
    ),
    (
        'im a waste of space, seriously. cant work, cant drive, cant even look after the '
        'garden',
        'medium',
        'worthlessness',
    ),
    (
        'feels like the walls are closing in. cant get away from the pain, cant get away from '
        'my own head',
        'medium',
        'trapped',
    ),
    (
        'mark posted something really worrying on the whatsapp last night then deleted it. can '
        'staff check on him pls',
        'medium',
        'concern about a member',
    ),
    (
        'im running out of reasons to keep going tbh',
        'medium',
        'hopelessness',
    ),
    (
        'i keep letting everyone down. my daughter had to take another day off to drive me. i '
        'hate being this person',
        'medium',
        'burden',
    ),
    (
        'leaving the group chat for a bit, i need to be on my own. dont message me',
        'medium',
        'withdrawal',
    ),
    (
        'i dont see a future for me. just more of this',
        'medium',
        'hopelessness',
    ),
    (
        'honestly some days i think id be better off dead than living with this migraine every '
        'day',
        'medium',
        'passive wish',
    ),
    (
        'ive had enough. properly had enough',
        'medium',
        'ambiguous, cannot cope',
    ),
    (
        'has anyone been in touch with priya? she said at the last meet she was giving up on '
        'everything',
        'medium',
        'concern about a member',
    ),
    (
        'cant stop crying, ive been in the bath for 2 hrs just staring at the wall',
        'medium',
        'cannot cope',
    ),
    (
        'im so sick of being a burden 😔',
        'medium',
        'burden',
    ),
    (
        'nobody gets it. not my family, not the doctors. im completely on my own with this and '
        'i cant do it much longer',
        'medium',
        'cannot cope, isolation',
    ),
    (
        'ive started not taking my meds properly, whats the point, nothing works anyway',
        'medium',
        'hopelessness, stopping treatment without a stock',
    ),
    (
        'i wont be at the meet or the next one, dont think ill be coming back. not in a good '
        'place',
        'medium',
        'withdrawal, ambiguous',
    ),
    (
        'feel like a prisoner in my own body, stuck in this chair all day every day, and i '
        'dont think itll ever change',
        'medium',
        'trapped, hopelessness',
    ),
    (
        'this weather is killing my knees today, anyone else?',
        'none',
        'pain idiom',
    ),
    (
        'could murder a cuppa and a bacon roll after that physio session lol',
        'none',
        'hyperbole',
    ),
    (
        'dying to see you all on thursday!! x',
        'none',
        'hyperbole',
    ),
    (
        'bye for now everyone, im moving to the wednesday group as its closer to work, will '
        'still see some of you at the coffee morning',
        'none',
        'benign goodbye, moving group',
    ),
    (
        'off to tenerife tomorrow for 2 weeks!! see you all when im back, dont miss me too '
        'much 😂',
        'none',
        'benign goodbye, holiday',
    ),
    (
        'does anyone take pregabalin and gabapentin? my gp wants to switch me and im worried '
        'about the dizziness',
        'none',
        'medicine question',
    ),
    (
        'amitriptyline making me so drowsy in the morning, does it get better?',
        'none',
        'side effect question',
    ),
    (
        'anyone know if you can take ibuprofen with naproxen? pharmacist was shut',
        'none',
        'medicine question',
    ),
    (
        'used to be in a really dark place a few years back, couldnt see a way forward, but '
        'the pmp changed everything and im doing well now',
        'none',
        'recovery in the past tense',
    ),
    (
        'watched that documentary about the golden gate bridge on bbc4 last night, really '
        'interesting about how they built it',
        'none',
        'TV, bridge innocent',
    ),
    (
        'reading a great crime novel, someone gets poisoned in chapter 2, cant put it down',
        'none',
        'book',
    ),
    (
        'meeting is at the costa on high st at 11 on the 14th, let me know if you need a lift',
        'none',
        'logistics',
    ),
    (
        'bad flare today, hips and lower back on fire, doing my stretches and pacing, will be '
        'fine by the weekend hopefully',
        'none',
        'flare without despair',
    ),
    (
        'finally sharpened all my kitchen knives with the new whetstone, chopping veg is a joy '
        'now lol',
        'none',
        'cooking, knives innocent',
    ),
    (
        'bought some rope to tie up the runner beans, the allotment is looking great this year',
        'none',
        'gardening, rope innocent',
    ),
    (
        'walked over the suspension bridge at clifton with my daughter on sunday, first long '
        'walk in ages 🙂',
        'none',
        'bridge innocent, progress',
    ),
    (
        'got the train into london for the first time in 3 yrs, used my disabled railcard, '
        'felt proud',
        'none',
        'train innocent',
    ),
    (
        'spent all weekend clearing out the garage, found my old bike and a box of my dads '
        'tools',
        'none',
        'garage innocent',
    ),
    (
        'giving away a spare tens machine if anyone wants it, got a new one for xmas',
        'none',
        'giving away without finality',
    ),
    (
        'my mum is rehoming her chickens as shes moving into a flat, anyone want 3 hens? '
        'lovely layers',
        'none',
        'rehoming with an ordinary reason',
    ),
    (
        'sorting out my will at last with a solicitor, my husband nagged me for years lol',
        'none',
        'will, ordinary life admin',
    ),
    (
        'writing a letter to my mp about the pain clinic waiting lists, anyone want to add '
        'their name?',
        'none',
        'letter innocent',
    ),
    (
        'tonights the night!! the strictly final 💃',
        'none',
        'time phrase, TV',
    ),
    (
        'my migraine nearly killed me yesterday, spent the day in a dark room but im ok today',
        'none',
        'pain hyperbole, ok now',
    ),
    (
        'im so tired, didnt sleep a wink with the fibro, going back to bed for an hour',
        'none',
        'tiredness',
    ),
    (
        'does anyone else count their steps? im up to 4000 a day now with pacing',
        'none',
        'counting innocent',
    ),
    (
        'counting down the days til my hip op, 3 weeks!',
        'none',
        'counting innocent',
    ),
    (
        'my pharmacist said i can keep the leftover paracetamol for next time but take the '
        'expired ones back, is that right?',
        'none',
        'medicine question',
    ),
    (
        'ive got a stockpile of hot water bottles and wheat bags now lol, my house is like a '
        'pharmacy',
        'none',
        'stockpile innocent',
    ),
    (
        'loved the session on sleep hygiene, the bit about no phones in bed really helped',
        'none',
        'ordinary',
    ),
    (
        'anyone going to the carers fair at the town hall? might go with my sister',
        'none',
        'logistics',
    ),
    (
        'my back went again lifting the shopping, ugh, heat pad on and feet up',
        'none',
        'flare report',
    ),
    (
        'last post from me tonight, off to bed, night all 😴',
        'none',
        "benign 'last post'",
    ),
    (
        'i hate this flare so much, i want to scream lol, but i know itll pass',
        'none',
        'flare, coping',
    ),
    (
        'the tramadol makes me constipated, any tips? dried apricots?',
        'none',
        'side effect question',
    ),
    (
        'can anyone recommend a good pill organiser with big lids? my hands cant do the small '
        'ones',
        'none',
        'medicine logistics',
    ),
    (
        'finished my jigsaw, 1000 pieces, took 3 weeks with my hands but did it!!',
        'none',
        'ordinary',
    ),
    (
        'congrats to lorraine on her new grandson!! 🎉',
        'none',
        'ordinary',
    ),
    (
        'i was absolutely dying in that hydro pool session, so hot in there',
        'none',
        'hyperbole',
    ),
    (
        'thanks for the lovely meet today, i laughed so much it hurt, which for us is saying '
        'something',
        'none',
        'ordinary',
    ),
    (
        'does anyone have a ramp for their step? need to sort my front door before winter',
        'none',
        'ordinary',
    ),
    (
        'my dog ate my gabapentin box (empty thankfully) vet said shes fine, silly girl',
        'none',
        'medicine named innocently',
    ),
    (
        'gave my old wheelchair to the hospice shop, dont need it since the programme 🙂 so '
        'chuffed',
        'none',
        'giving away with positive reason',
    ),
    (
        'my husband and i are going to the lake district this weekend, first holiday in years',
        'none',
        'time phrase innocent',
    ),
    (
        'im putting my affairs in order for the tax return lol, paperwork everywhere',
        'none',
        'affairs in order, innocent',
    ),
    (
        'my crps hand has been better since the mirror therapy, anyone else try it?',
        'none',
        'ordinary',
    ),
    (
        'the pain is unbearable today but ive got my plan, hot bath, podcast, gentle walk '
        'later',
        'none',
        'flare plan, coping',
    ),
    (
        'just got back from the dentist, face numb, cant even drink my tea properly haha',
        'none',
        'ordinary',
    ),
    (
        'i cut my finger chopping onions, blood everywhere, the cat was unimpressed',
        'none',
        'accidental cut',
    ),
    (
        'anyone watching the new series of the bay? the bit with the cliff had me on the edge '
        'of my seat',
        'none',
        'TV',
    ),
    (
        'need a recipe for slow cooker beef, my hands are too bad for lots of chopping',
        'none',
        'cooking',
    ),
    (
        'knitting group at the library starts next week if anyone fancies it, no pressure',
        'none',
        'ordinary',
    ),
    (
        'sorry i missed the meet, my migraine was awful, ill definitely be at the next one x',
        'none',
        'ordinary apology',
    ),
    (
        'feeling much more positive after my appointment, theyre referring me to the hydro '
        'team',
        'none',
        'ordinary',
    ),
    (
        'im leaving facebook, too much negativity, but ill stay on here and whatsapp',
        'none',
        'benign leaving',
    ),
    (
        'the bus to the hospital is a nightmare, took 2 hrs, anyone know about patient '
        'transport?',
        'none',
        'logistics',
    ),
    (
        'my sister says goodbye to everyone, shes loved reading your messages over my shoulder '
        'lol',
        'none',
        'benign goodbye',
    ),
    (
        'my knee surgeon said ill be walking properly by spring, fingers crossed',
        'none',
        'ordinary',
    ),
    (
        'hanging baskets done! my shoulder will hate me tomorrow but worth it 🌸',
        'none',
        "gardening, 'hanging' innocent",
    ),
    (
        'im keeping a pain diary like we were shown, noticing its worse on wet days',
        'none',
        'ordinary',
    ),
    (
        'im never going to get the hang of this app lol how do i add a photo',
        'none',
        'ordinary',
    ),
    (
        'anyone know a good physio near the retail park? mine retired',
        'none',
        'ordinary',
    ),
    (
        'my sons moving to australia next month, gonna miss him terribly but so happy for him',
        'none',
        'ordinary',
    ),
    (
        'im quitting the choir, my back cant take the standing, but ill go and listen at the '
        'concert',
        'none',
        'benign quitting',
    ),
    (
        'two years ago i took an overdose and it was the worst time of my life. im in a much '
        'better place now thanks to therapy and you lot, doing well now',
        'none',
        'recovery in the past tense',
    ),
    (
        'my cats been to the vet and she needs to go on a diet lol, shes too heavy for my lap '
        'now',
        'none',
        'ordinary',
    ),
    (
        'finished all my physio sessions, the physio said bye and good luck, feels weird not '
        'having them',
        'none',
        'benign goodbye',
    ),
    (
        'the injection didnt work this time. gutted but the consultant has other ideas, so '
        'onwards',
        'none',
        'setback without despair',
    ),
    (
        'anyone want a lift to the xmas meal? ive got room for 3 in the car',
        'none',
        'logistics',
    ),
    (
        'whats the best way to get rid of old meds? ive got loads of old co-codamol from after '
        'my op',
        'none',
        'medicine disposal question',
    ),
    (
        'my friend from the old group died last week, the funeral is on friday. she had '
        'cancer. im going to wear purple like she asked',
        'none',
        'bereavement, no despair',
    ),
    (
        'sooo bored of being stuck in the house with this flare, netflix recommendations pls',
        'none',
        'ordinary',
    ),
    (
        'i could kill my husband, hes put the heating on full blast again 😂',
        'none',
        'hyperbole',
    ),
    (
        'this weekend im finally going to finish painting the spare room',
        'none',
        'time phrase innocent',
    ),
]
