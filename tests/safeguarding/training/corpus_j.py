"""Training posts, set J: ordinary peer support chatter, all labelled "none". Written on
2026-11-26 by a helper session for pmp-followon, from the safeguarding design rules
(../shared/design/safeguarding.md, rules 1-5), the domain notes and the seed paper (its
participant quotes), with no look at the screener or other sets. 400 invented posts from UK
adults with chronic pain: longer chatty posts about family, hobbies, holidays, TV, food,
pets, the allotment, the news, birthdays, Christmas, welcomes and thank-yous, with pain
woven in and venting without hopelessness. About 70% are plainly ordinary and 30% are hard
negatives (idioms, hyperbole, benign goodbyes, medicine questions, past-tense recovery
stories, innocent uses of risky words), so the screener learns what normal looks like.
"""

SAMPLES_TRAIN_J: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "grandkids came over sunday and we made paper chains for the tree. "
        "my hands were sore after all the glue and fiddly bits but i paced "
        "it like we learnt, 10 mins on 5 off. the little one kept telling "
        "me to have my rest lol. lovely day x",
        "none",
        "ordinary: grandkids, crafts with pacing",
    ),
    (
        "My daughter has just told us she's expecting again, due in June! "
        "Over the moon. Already thinking about knitting a blanket, if my "
        "fingers behave. Anyone got a simple pattern that doesnt need "
        "loads of grip?",
        "none",
        "ordinary: family news, knitting question",
    ),
    (
        "son moved back home for a bit while hes between flats. house is a "
        "tip again, trainers everywhere and the fridge is empty by "
        "tuesday. nice having him tho, he does the bins and the heavy "
        "shopping which saves my back",
        "none",
        "ordinary: son home, helps with shopping",
    ),
    (
        "Took my granddaughter to her swimming lesson this morning. Sat on "
        "those awful benches for 45 mins and my hip let me know about it, "
        "but she got her 10 metre badge so worth every twinge. Cushion in "
        "the bag next week!",
        "none",
        "ordinary: granddaughter swimming badge",
    ),
    (
        "hubby is off work with man flu 🙄 honestly you'd think he was "
        "dying. i live with fibro every day and just get on with it but "
        "one sniffle and hes on the sofa wrapped in a duvet asking for soup",
        "none",
        "hard negative: idiom 'you'd think he was dying' about man flu",
    ),
    (
        "Quick one - does anyone know if the soft play at Cribbs is any "
        "good for grandparents who cant get on the floor? Looking after my "
        "two grandsons on Thursday and need somewhere with proper seats lol",
        "none",
        "ordinary: soft play question for grandparent",
    ),
    (
        "my mum is 84 and still beats me at scrabble every week. she has "
        "arthritis in her hands too so we use the big tiles set. she says "
        "im lazy because i take breaks, i tell her its pacing mum its in "
        "the programme! 😂",
        "none",
        "ordinary: scrabble with mum",
    ),
    (
        "Family WhatsApp is going mad planning Christmas. My sister wants "
        "everyone at hers, my brother wants to do a restaurant. I just "
        "want a sofa with a cushion for my back and a cup of tea. Let them "
        "fight it out x",
        "none",
        "ordinary: family Christmas planning",
    ),
    (
        "eldest has passed his driving test!! first time too. so proud. "
        "he's already offered to drive me to my physio appointments which "
        "means no more bus in the rain 🙌",
        "none",
        "ordinary: son passed driving test",
    ),
    (
        "Had my nephew's wedding on Saturday. Wore flat shoes, took my "
        "stick and a folding seat in the car just in case. Managed the "
        "ceremony and the meal, left before the disco. Proper proud of "
        "myself for listening to my body for once.",
        "none",
        "ordinary: wedding, paced the day",
    ),
    (
        "grandson asked me why i walk funny. told him my back is grumpy "
        "like grandad in the morning. he thought that was hilarious",
        "none",
        "ordinary: grandson's question",
    ),
    (
        "My daughter in law has started doing my online shopping for me "
        "every Friday which has been a godsend. No more lugging bags from "
        "the bus stop. Took me a while to accept the help but the lot on "
        "the PMP were right, asking for help is just being sensible.",
        "none",
        "ordinary: accepting help with shopping",
    ),
    (
        "twins are 3 next week and want a dinosaur party. i've been tasked "
        "with the cake. any tips for a dino cake that doesnt need hours of "
        "standing? thinking of doing it in stages over 2 days",
        "none",
        "ordinary: dinosaur cake for twins",
    ),
    (
        "my dad's in with a chest infection, he's doing ok, they reckon "
        "home by the weekend. visiting is hard with my knees, those "
        "corridors at Southmead go on forever. found out they have "
        "wheelchairs at the entrance you can borrow, game changer",
        "none",
        "ordinary: visiting dad, hospital wheelchairs",
    ),
    (
        "Granddaughter did my nails for me this evening as I can't manage "
        "the little brush anymore. Sparkly purple. Very festive. She's 9 "
        "and charges 50p, drives a hard bargain.",
        "none",
        "ordinary: granddaughter does nails",
    ),
    (
        "Anyone else find family don't quite get it? My sister said 'you "
        "look well' three times on Sunday. I know she means well. I just "
        "smiled and said thanks, pick your battles eh.",
        "none",
        "ordinary: mild venting, 'you look well'",
    ),
    (
        "husband and me celebrated 40 years married yesterday. ruby! he "
        "made me a fry up (burnt toast but its the thought). we're going "
        "for a meal at the weekend when my back has calmed down a bit",
        "none",
        "ordinary: ruby wedding anniversary",
    ),
    (
        "my teenager rolls her eyes every time I do my stretches in the "
        "kitchen. today she joined in. didnt say anything, just did them "
        "next to me. I'll take it 😊",
        "none",
        "ordinary: teenager joins stretches",
    ),
    (
        "School nativity tomorrow, my grandson is a sheep. Rule number "
        "one: sit on the end of the row so you can get up. Bringing my "
        "cushion and leaving my pride at home lol",
        "none",
        "ordinary: school nativity, end seat",
    ),
    (
        "My brother's over from Canada for a fortnight so I might be a bit "
        "quiet on here. Lots of sitting in cafes catching up which suits "
        "me fine! See you at the December meet x",
        "none",
        "hard negative: benign quiet spell with return date",
    ),
    (
        "step daughter got into uni, she wants to do nursing. proper "
        "chuffed. she said watching me deal with my back is part of why "
        "she wants to do it, nearly cried",
        "none",
        "ordinary: stepdaughter into nursing",
    ),
    (
        "Babysat the grandkids all day yesterday and today I'm paying for "
        "it. Worth it though. We built a den out of every cushion in the "
        "house and I got to be the 'poorly queen' lying in it 😂",
        "none",
        "ordinary: babysitting, cushion den",
    ),
    (
        "Anyone got ideas for a present for a 12 year old boy? All he "
        "wants is money or Robux whatever that is. Grandma wants to give "
        "something she can wrap!",
        "none",
        "ordinary: present ideas for 12 year old",
    ),
    (
        "Mum moved into sheltered housing last week. Lovely little flat, "
        "warden on site, bingo on Tuesdays. She's already got a boyfriend "
        "apparently. 86! I'm relieved to be honest, she's safe and happy "
        "and I can stop fretting.",
        "none",
        "ordinary: mum into sheltered housing",
    ),
    (
        "my son rang from Manchester this evening and we talked for an "
        "hour. he's doing well at his new job. you know when you put the "
        "phone down and just feel warm? that.",
        "none",
        "ordinary: phone call with son",
    ),
    (
        "Me and my sister had a falling out over who hosts boxing day. "
        "Sorted now, we're doing it at mine and she's bringing everything. "
        "Win win 😂 my back gets to stay put.",
        "none",
        "ordinary: sisters sort Boxing Day",
    ),
    (
        "Great-grandchild number 4 arrived Monday, a little girl, 7lb 2. "
        "Mother and baby doing well. I am now officially ancient. Held her "
        "sitting in the big chair with pillows everywhere.",
        "none",
        "ordinary: great-grandchild born",
    ),
    (
        "kids off school for an inset day, why do they always land on my "
        "worst days. we did a film day with blankets and popcorn. honestly "
        "not bad pacing when u think about it",
        "none",
        "ordinary: inset day film day",
    ),
    (
        "hubby has built me a raised bed in the garden so I dont have to "
        "bend. He measured it against my hip height and everything. Soppy "
        "git. Love him.",
        "none",
        "ordinary: husband built raised bed",
    ),
    (
        "does anyone else's family bicker about the heating? my husband is "
        "a radiator miser and I need warmth or my joints seize up. we've "
        "compromised on a heated throw for me and he can sit in his jumper "
        "like a martyr",
        "none",
        "ordinary: heating bickering",
    ),
    (
        "Granddaughter asked me to come to her school to talk about "
        "'living with a disability' for their diversity week. Bit nervous, "
        "but she's so proud of me. Going to talk about pacing and the "
        "stick and maybe bring the TENS machine to show them.",
        "none",
        "ordinary: school talk about disability",
    ),
    (
        "My daughter took me to the Christmas lights at Westonbirt last "
        "night. Wheelchair from the entrance, blankets, flask of hot choc. "
        "First time I've let her push me and it was magic. Should have "
        "done it years ago instead of being stubborn.",
        "none",
        "ordinary: Christmas lights with wheelchair",
    ),
    (
        "quick rant - my cousin posted on facebook that fibro is 'just "
        "stress and lazy people'. deleted the comment i wrote and went for "
        "a walk instead. still annoyed but proud i didnt bite",
        "none",
        "ordinary: venting at cousin's fibro comment",
    ),
    (
        "Our youngest is home from uni for Christmas on the 19th. Ive "
        "already stocked the freezer with her favourites. She's vegan this "
        "year apparently. Wish me luck with a nut roast lol.",
        "none",
        "ordinary: daughter home from uni, vegan",
    ),
    (
        "grandad duties today: school pick up, park, chips. knee held up "
        "fine. 4 year old told me my walking stick is a 'wizard staff' so "
        "now i have to do spells on the way home",
        "none",
        "ordinary: grandad school pick up",
    ),
    (
        "My partner surprised me with a weekend away booked for February, "
        "a cottage with a hot tub in Devon. Hot tub for my back she said. "
        "She knows me too well.",
        "none",
        "ordinary: weekend away with hot tub",
    ),
    (
        "Family tea with all 11 of us. Loud. Lovely. Exhausting. Going to "
        "do a body scan before bed and sleep like a log hopefully.",
        "none",
        "ordinary: big family tea",
    ),
    (
        "It's my grandson's first Christmas this year so I've gone a bit "
        "overboard. Bought him a wooden train set which weighs a ton. Had "
        "to get it delivered because no way could I carry it home.",
        "none",
        "hard negative: innocent 'train' (toy train set)",
    ),
    (
        "anyone else's mum phone every single day at 9am to check they're "
        "'up and about'? mine does. 52 years old and still being checked "
        "on 😂 nice really",
        "none",
        "ordinary: mum's daily phone call",
    ),
    (
        "Finished my first jigsaw in about 3 years! 1000 pieces, a Cornish "
        "harbour. Did 20 mins a day at the dining table with a cushion "
        "behind me. Husband put the last piece in and I've not forgiven "
        "him.",
        "none",
        "ordinary: jigsaw finished with pacing",
    ),
    (
        "joined the knit and natter at the library. lovely bunch, mostly "
        "retired ladies who feed me biscuits. doing a scarf in chunky wool "
        "as its easier on my fingers. only dropped about 40 stitches",
        "none",
        "ordinary: knit and natter",
    ),
    (
        "Anyone into audiobooks? I've been listening while doing my "
        "stretches and it makes the time fly. Just finished a cosy crime "
        "one set in a retirement village which had me chuckling. Need "
        "recommendations!",
        "none",
        "ordinary: audiobooks during stretches",
    ),
    (
        "Started painting again after years. Just watercolours, small "
        "cards. My wrist only lets me do about half an hour but I've done "
        "6 Christmas cards for the group! Bringing them to the meet x",
        "none",
        "ordinary: watercolour cards for group",
    ),
    (
        "went to the bird hide at Slimbridge on wednesday. sat for an hour "
        "with a flask, saw a kingfisher!! first one ever. benches were "
        "hard but i'd brought my seat pad. lovely quiet morning",
        "none",
        "ordinary: birdwatching, kingfisher",
    ),
    (
        "crosswords keep my brain going on the foggy fibro days. stuck on "
        "14 down today 'warm welcome (7)' any ideas? 😂",
        "none",
        "ordinary: crossword on foggy days",
    ),
    (
        "I've taken up crochet after seeing Sandra's amigurumi at the last "
        "meet. Made a very wonky octopus. It has 7 legs. We're calling it "
        "a septopus.",
        "none",
        "ordinary: crochet septopus",
    ),
    (
        "chair yoga class at the community centre is back on Mondays from "
        "January. £3 a session and the teacher is lovely, she does "
        "everything seated or standing with the chair. anyone fancy coming "
        "with me?",
        "none",
        "ordinary: chair yoga invitation",
    ),
    (
        "Been getting into family history. Found out my "
        "great-great-grandad was a coal miner in the Forest of Dean. "
        "Explains where I get my stubbornness from! Ancestry is addictive, "
        "good thing to do sat down on a bad day.",
        "none",
        "ordinary: family history research",
    ),
    (
        "model railway update: the viaduct is finished. took 3 months at a "
        "pace of 2 evenings a week, as the physio would say 'little and "
        "often'. wife says it's taking over the spare room. she's not wrong",
        "none",
        "hard negative: innocent 'railway' (model railway)",
    ),
    (
        "Photography club trip to Bath on Sat. I'll be at the back with my "
        "stick and the big camera. Going to take loads of the Christmas "
        "market. Will share the best ones.",
        "none",
        "ordinary: photography club trip",
    ),
    (
        "sewing machine is out again. making cushion covers for my sisters "
        "new flat. sitting down at a table is fine for me, its the "
        "standing at the ironing board that kills my back",
        "none",
        "hard negative: idiom 'kills my back' (ironing)",
    ),
    (
        "Book club picked a 600 page book this month. Six hundred!! My "
        "arms can't hold that. Kindle it is. Anyone else switched to "
        "e-readers for the weight?",
        "none",
        "ordinary: kindle for heavy book",
    ),
    (
        "Going to the local choir's open evening later. Singing is "
        "supposed to be good for breathing and pain? Something to do with "
        "the vagus nerve I read. Either way it sounds fun. Nervous though!",
        "none",
        "ordinary: choir open evening",
    ),
    (
        "the choir was brilliant!! sat on a chair at the end of the altos "
        "and nobody batted an eyelid. singing carols at the hospital on "
        "the 18th. who knew i could hold a tune",
        "none",
        "ordinary: choir went well",
    ),
    (
        "Learning to play the ukulele because my guitar is too heavy and "
        "the neck is too wide for my hands now. 4 strings, I can manage "
        "that. Only know 3 chords so far. My dog leaves the room.",
        "none",
        "ordinary: ukulele instead of guitar",
    ),
    (
        "Fishing with my brother at Chew Valley Sunday. Took the chair "
        "with the back support and only lasted 3 hrs but caught two trout. "
        "Best day in ages.",
        "none",
        "ordinary: fishing trip",
    ),
    (
        "Is anyone going to the craft fair at the Guildhall? I've got a "
        "table selling my cards and bits. Would be lovely to see a "
        "friendly face! I'll have a chair, so come and say hi.",
        "none",
        "ordinary: craft fair stall",
    ),
    (
        "Been doing the Duolingo Spanish. 87 day streak 🔥 for our holiday next year. Hola amigos!",
        "none",
        "ordinary: Duolingo streak",
    ),
    (
        "I started a scrapbook of the group's days out over the last 2 "
        "years. The Weston trip, the garden centre, the Christmas meal. "
        "Brought a tear to my eye putting it together, happy tears. Will "
        "bring it in Jan.",
        "none",
        "ordinary: group scrapbook",
    ),
    (
        "seated tai chi video on youtube is actually brilliant for my "
        "shoulders. 15 mins. the bloke has the most calming voice, nearly "
        "nodded off",
        "none",
        "ordinary: seated tai chi",
    ),
    (
        "Went to the pottery taster session. The wheel was a no go for my "
        "back but hand building was fine, sat at a table. Made a small "
        "bowl. Slightly lopsided. Like me lol.",
        "none",
        "ordinary: pottery taster",
    ),
    (
        "metal detecting with my grandson on the beach at weston. found 2 "
        "ring pulls, a 10p and a spoon. hes convinced the spoon is roman. "
        "walked more than i have in months, slowly mind",
        "none",
        "ordinary: metal detecting with grandson",
    ),
    (
        "bird feeder update: we now have a resident robin who sits on the "
        "fence and watches me do my physio exercises. judging me i think",
        "none",
        "ordinary: robin watches exercises",
    ),
    (
        "First session of the men's shed on Tuesday. Mostly old boys "
        "fixing bikes and making bird boxes. They've got a stool with a "
        "back for me. Good banter. Will go again.",
        "none",
        "hard negative: innocent 'shed' (men's shed)",
    ),
    (
        "I've been colouring. Adult colouring books. My husband laughs but "
        "it's the only thing that stops me clock watching on bad evenings. "
        "Mandalas mostly. Got a Christmas one on the go.",
        "none",
        "ordinary: adult colouring",
    ),
    (
        "Back from Tenerife!! Warm weather did wonders for my joints, "
        "barely needed my stick by day 4. Flight home was grim, 4 hrs in "
        "those seats, but the aisle seat helped. Pale and back in the rain "
        "now lol",
        "none",
        "ordinary: back from Tenerife",
    ),
    (
        "Booking a caravan holiday for May with the family. Any tips for "
        "finding one with a walk in shower and no steps? The websites are "
        "useless for access info.",
        "none",
        "ordinary: accessible caravan question",
    ),
    (
        "Has anyone used airport assistance at Bristol? Flying to Malaga "
        "in Feb and the walk to the gate is miles. Do you need to book "
        "ahead or just turn up?",
        "none",
        "ordinary: airport assistance question",
    ),
    (
        "Off to Cornwall for a week Saturday, see you all when I'm back. "
        "Taking my heat pad, my tens and about 3 books. Don't have too "
        "much fun without me x",
        "none",
        "hard negative: benign goodbye, holiday with return",
    ),
    (
        "Coach trip to the Christmas market in Birmingham was fab. Stopped "
        "at services every 2 hrs so I could stretch. Bought far too much "
        "fudge.",
        "none",
        "ordinary: coach trip Christmas market",
    ),
    (
        "we did Center Parcs for my daughter's birthday. the pool was "
        "lovely and warm, did my hydro exercises in the lazy river 😂 bike "
        "hire was a no but we got one of those little electric buggies",
        "none",
        "ordinary: Center Parcs birthday",
    ),
    (
        "Just a little holiday question - travel insurance with chronic "
        "conditions. Who do people use? Last quote I had was more than the "
        "holiday!",
        "none",
        "ordinary: travel insurance question",
    ),
    (
        "Weekend in the Lake District with hubby. Didn't climb any "
        "mountains but we did a lakeside stroll at Windermere and had the "
        "best scones of my life. Knees held out. Photos to follow.",
        "none",
        "ordinary: Lake District weekend",
    ),
    (
        "Canal boat holiday, anyone done one? Friend has invited us on "
        "hers in the spring and I'm worried about the locks and the tiny "
        "bed. She says I can just sit and steer.",
        "none",
        "ordinary: canal boat worry",
    ),
    (
        "Got back from my sister's in Scotland. 7 hours on the train but I "
        "booked the assistance and they had a ramp waiting at every "
        "change. Honestly brilliant service. Aches today but worth it.",
        "none",
        "hard negative: innocent 'train' (assisted travel)",
    ),
    (
        "day trip to Lyme Regis with the WI. found a fossil!! well a bit "
        "of rock with a squiggle on it. i say fossil.",
        "none",
        "ordinary: fossil hunting with WI",
    ),
    (
        "Hotel tip for anyone travelling: ask for a room near the lift and "
        "an extra pillow. Makes a world of difference. Just had 3 nights "
        "in York and my back thanked me.",
        "none",
        "ordinary: hotel tip",
    ),
    (
        "planning a cruise for our 25th anniversary next year. do any of "
        "you do cruises? worried about the stairs and the motion with my "
        "migraines",
        "none",
        "ordinary: cruise question, migraines",
    ),
    (
        "home from Spain. weather was 22 degrees and i felt like a new "
        "woman for a week. now its 4 degrees and raining in Bristol and my "
        "hands are like claws again. why do we live here 😂",
        "none",
        "ordinary: home from Spain, cold hands",
    ),
    (
        "We've booked the holiday cottage in Pembrokeshire for next "
        "summer. Ground floor, level access, 5 mins from the beach. "
        "Already counting down the days.",
        "none",
        "ordinary: cottage booked",
    ),
    (
        "Off to see the northern lights in Iceland on Monday - dream trip "
        "for my 60th!! Taking every layer I own and the hand warmers. See "
        "you all in a week, I'll report back",
        "none",
        "hard negative: benign goodbye, trip with return",
    ),
    (
        "Our static caravan at Brean is shut for winter now. Miss it "
        "already. Roll on March when it opens again.",
        "none",
        "ordinary: static caravan shut for winter",
    ),
    (
        "Anyone been to the spa in Bath? The thermal baths. Thinking of "
        "treating myself after Christmas. Wondering if the warm water is "
        "worth the price for joint pain.",
        "none",
        "ordinary: thermal baths question",
    ),
    (
        "Week in Devon done. Rained 6 days out of 7 but we played cards, "
        "ate pasties, I read 2 books and had a nap every afternoon. "
        "Honestly the best pacing holiday ever.",
        "none",
        "ordinary: rainy Devon holiday",
    ),
    (
        "Short break in Paris on the Eurostar for my birthday. Cobbles "
        "were murder on my back but the cafes were fab. Sat and people "
        "watched for hours.",
        "none",
        "hard negative: idiom 'murder on my back' (cobbles)",
    ),
    (
        "Has anyone been to the Eden Project with mobility problems? Hear "
        "it's quite hilly. Grandkids are desperate to go at Easter.",
        "none",
        "ordinary: Eden Project access question",
    ),
    (
        "Just back from a retreat weekend with a mindfulness group in "
        "Wales. No phones, lots of slow walks, veggie food. Was sceptical "
        "but came back calmer and my sleep has been loads better.",
        "none",
        "ordinary: mindfulness retreat",
    ),
    (
        "Travelled to my son's in Leeds by coach. Never again! 5 hours. "
        "Next time I'm paying for the train. My hips are complaining.",
        "none",
        "ordinary: coach to Leeds, never again",
    ),
    (
        "our campervan is booked in for its service in january so we can "
        "go to scotland in may. hubby is planning routes with loads of "
        "stops for me. proper soppy old git",
        "none",
        "ordinary: campervan plans",
    ),
    (
        "Anyone know a good accessible beach near Bristol? One with a flat "
        "path and somewhere to park close? Weston is fine but fancy a "
        "change.",
        "none",
        "ordinary: accessible beach question",
    ),
    (
        "Strictly later!! who are we backing? I'm team whoever does the "
        "best Argentine tango. Got the sofa, heat pad and a bag of "
        "maltesers ready",
        "none",
        "ordinary: Strictly night",
    ),
    (
        "Did anyone watch Gardeners' World last night? The bit about "
        "no-dig beds got me thinking for the allotment, less digging means "
        "less back pain surely",
        "none",
        "ordinary: Gardeners' World, no-dig",
    ),
    (
        "I'm a Celeb is back and I'm hooked as usual. Don't judge me. It's "
        "brilliant for a bad pain evening, switch brain off, watch people "
        "eat bugs.",
        "none",
        "ordinary: I'm a Celeb guilty pleasure",
    ),
    (
        "Bake Off final was brilliant!! I cried at the end, I always do. "
        "Now inspired to make a showstopper which I absolutely won't "
        "because I can't stand for that long lol",
        "none",
        "ordinary: Bake Off final",
    ),
    (
        "Just finished the new series on Netflix everyone's going on "
        "about, the Scandi one. Subtitles were tricky with my eyes but "
        "worth it. Anyone seen it? No spoilers for anyone who hasn't!",
        "none",
        "ordinary: Scandi drama, no spoilers",
    ),
    (
        "radio 4 had a programme on chronic pain this morning, all about "
        "how the brain processes it. basically what we learnt on the PMP. "
        "felt quite validating hearing a professor explain it",
        "none",
        "ordinary: radio programme on pain science",
    ),
    (
        "Anyone else watch The Chase with their tea? I shout answers at "
        "the telly. My husband says I'd be terrible under pressure. I say "
        "I'd win.",
        "none",
        "ordinary: The Chase",
    ),
    (
        "Finished the walking memoir for book club, the one about the "
        "couple doing the coast path. Made me want to walk more, in a "
        "realistic way, like 10 mins more a day",
        "none",
        "ordinary: book club, coast path memoir",
    ),
    (
        "Just a heads up, there's a documentary on BBC2 Tuesday about "
        "fibromyalgia. Might be good, might be rubbish, will report back.",
        "none",
        "ordinary: fibro documentary heads up",
    ),
    (
        "Watched the fibro documentary. Mixed feelings tbh. Good they're "
        "talking about it but they only showed the worst bits. Not our "
        "group! We're out drinking coffee and laughing.",
        "none",
        "ordinary: fibro documentary review",
    ),
    (
        "Antiques Roadshow is my sunday ritual. Someone had a teapot worth "
        "40 grand last week. I checked all my teapots. Still worth about 3 "
        "quid.",
        "none",
        "ordinary: Antiques Roadshow teapots",
    ),
    (
        "gutted EastEnders has gone off for the football 😤",
        "none",
        "ordinary: short TV grumble",
    ),
    (
        "anyone into podcasts? found a chronic pain one with real people "
        "talking. also listening to one about famous frauds and cons which "
        "my wife thinks is a bit much but i love it",
        "none",
        "ordinary: podcasts",
    ),
    (
        "Watching old episodes of Only Fools and Horses this evening. "
        "Still laughing at the chandelier after 30 years. Laughter is the "
        "best medicine apparently, cheaper than my prescriptions!",
        "none",
        "ordinary: Only Fools and laughter",
    ),
    (
        "The Christmas TV guide is out! I do the circling of what I want "
        "to watch with a highlighter every year. Tradition. My kids think "
        "I'm a dinosaur.",
        "none",
        "ordinary: Christmas TV guide ritual",
    ),
    (
        "Read a really good book on pacing called... I can't remember, "
        "it's yellow. Will post the name when I find it. About a woman "
        "with CRPS who took up swimming. Not that I'm diving anywhere lol",
        "none",
        "ordinary: half-remembered pacing book",
    ),
    (
        "Loving the new drama on ITV about the hospital. Very realistic "
        "apart from the bit where the consultant saw someone within 5 "
        "minutes. That's fiction if ever I saw it 😂",
        "none",
        "ordinary: hospital drama joke about waits",
    ),
    (
        "Football: my team won 3-0 Saturday. Watched it at the pub with my "
        "brother in law. Sat on a proper chair with a cushion and didn't "
        "jump up for the goals, just waved my arms. Progress",
        "none",
        "ordinary: football at the pub",
    ),
    (
        "Has anyone watched the new Wallace and Gromit? Watched it with "
        "the grandkids and I laughed more than they did. Nice to see a "
        "Bristol thing on telly.",
        "none",
        "ordinary: Wallace and Gromit with grandkids",
    ),
    (
        "i've got back into reading since the PMP. was never a reader "
        "before. now i'm on my 12th book this year. mostly crime. my "
        "husband is nervous lol",
        "none",
        "ordinary: reading since the PMP",
    ),
    (
        "Does anyone listen to the Archers? I'm furious about the current "
        "storyline. Can't say more in case anyone's behind.",
        "none",
        "ordinary: The Archers",
    ),
    (
        "Love Actually on ITV2 later, blankets out, heat pad on. The "
        "official start of Christmas in our house.",
        "none",
        "ordinary: Love Actually night",
    ),
    (
        "Watched a programme about Japanese gardens last night, so "
        "calming. Want to make a tiny one in a pot for the windowsill. "
        "Small garden, small effort.",
        "none",
        "ordinary: Japanese garden in a pot",
    ),
    (
        "Saw the new musical at the Hippodrome. Booked aisle seats so I "
        "could stretch my legs and got up at the interval to walk around. "
        "Fab show, I was singing all the way home in the car.",
        "none",
        "ordinary: musical at the Hippodrome",
    ),
    (
        "News round up from my sofa: energy bills going up again in "
        "January, trains on strike before Christmas, and it's going to "
        "snow apparently. Cheery. Anyway, how's everyone?",
        "none",
        "ordinary: news round up, cheery",
    ),
    (
        "Finished watching Call the Midwife from the beginning. All of it. "
        "Took me 3 months. Cried at most episodes. The Christmas special "
        "is going to wreck me.",
        "none",
        "ordinary: Call the Midwife marathon",
    ),
    (
        "made a slow cooker stew today, chucked everything in at 9am and "
        "it was ready at 5. perfect for a bad hand day, chopping was the "
        "only hard bit and i bought the pre chopped veg. recipe if anyone "
        "wants it x",
        "none",
        "ordinary: slow cooker stew",
    ),
    (
        "What's everyone having for Christmas dinner? We're doing turkey "
        "crown this year, less carving, less standing. Plus pigs in "
        "blankets obviously.",
        "none",
        "ordinary: Christmas dinner menus",
    ),
    (
        "tip for the arthritis lot: Lakeland do a jar opener that mounts "
        "under the cupboard. been using it a week and no more asking hubby "
        "to open the pickle.",
        "none",
        "ordinary: jar opener tip",
    ),
    (
        "Tried the anti-inflammatory diet for a month. Honestly can't tell "
        "if it's helped my joints but I've lost 4lb and I've discovered I "
        "quite like lentils. Who knew.",
        "none",
        "ordinary: anti-inflammatory diet",
    ),
    (
        "Baking mince pies today in batches. 1 tray, sit down, cup of tea, "
        "next tray. 36 done. Bringing some to the meet on the 12th!",
        "none",
        "ordinary: mince pies in batches",
    ),
    (
        "Anyone got a good recipe for soup that freezes well? Trying to "
        "batch cook on good days so I've got stuff in for flare days.",
        "none",
        "ordinary: freezable soup question",
    ),
    (
        "Jacket potato in the air fryer. Why did nobody tell me sooner. 40 "
        "minutes and no heavy oven trays. Air fryer best thing I've bought "
        "this year, my wrists agree.",
        "none",
        "ordinary: air fryer jacket potato",
    ),
    (
        "Christmas cake is made and being fed brandy weekly 🥃 my nan's "
        "recipe. She used to beat it by hand for an hour. I used the stand "
        "mixer and didnt feel an ounce of guilt",
        "none",
        "ordinary: Christmas cake, nan's recipe",
    ),
    (
        "Does anyone else get cravings for stodge when the pain flares? "
        "Tonight it was cheese on toast and a whole packet of custard "
        "creams. No regrets.",
        "none",
        "ordinary: stodge cravings in a flare",
    ),
    (
        "Nice lunch at the garden centre with Liz and Mo today. Jacket and "
        "beans, lovely cake, bit of a wander round the Christmas displays. "
        "Back's a bit sore but good sore.",
        "none",
        "ordinary: garden centre lunch",
    ),
    (
        "Indian takeaway night. Korma for me (wimp). Husband had a "
        "vindaloo and has been regretting it all evening 😂",
        "none",
        "ordinary: takeaway night",
    ),
    (
        "Question for the group: I've heard turmeric is good for "
        "inflammation. Does anyone take it? Is it safe with my other meds, "
        "or should I ask the pharmacist?",
        "none",
        "hard negative: medicine question, turmeric interaction",
    ),
    (
        "Made a lasagne and froze it in 6 portions. Took me 3 goes with "
        "breaks in between but now I've got dinners for the week. Pacing "
        "and cooking, we're getting there.",
        "none",
        "ordinary: lasagne batch cooking",
    ),
    (
        "tried making bread for the first time. kneading is good for my "
        "hands apparently? physio said. loaf came out like a brick but the "
        "ducks enjoyed it",
        "none",
        "ordinary: bread like a brick",
    ),
    (
        "Tesco delivery came with 12 lemons instead of 2. Anyone want lemon drizzle? 🍋",
        "none",
        "ordinary: too many lemons",
    ),
    (
        "Chip shop Friday. It's tradition. Doesn't matter how my back is, chips are happening.",
        "none",
        "ordinary: chip shop Friday",
    ),
    (
        "My husband has taken over the cooking since my shoulder op. We've "
        "had spag bol 4 times this week. I'm not complaining. Well, a bit.",
        "none",
        "ordinary: husband cooking after op",
    ),
    (
        "Got a perching stool for the kitchen. I can now stir the gravy sat down. Small things!",
        "none",
        "ordinary: perching stool",
    ),
    (
        "Pancakes with the grandkids this morning. One hit the ceiling. "
        "It's still up there. Leave it I say, it's festive.",
        "none",
        "ordinary: pancake on the ceiling",
    ),
    (
        "Christmas pudding question: buy or make? I've always made mine "
        "but my wrists aren't up to the stirring. Thinking of getting the "
        "M&S one and pretending.",
        "none",
        "ordinary: Christmas pudding buy or make",
    ),
    (
        "Batch of flapjacks made for the meet on Thursday. Slightly burnt "
        "round the edges. Character.",
        "none",
        "ordinary: flapjacks for meet",
    ),
    (
        "we've started a little tradition in our house, pizza and film on "
        "a friday. i do the pizza bases from a packet and the kids put the "
        "toppings on. minimal standing for me, max mess for them",
        "none",
        "ordinary: pizza and film Friday",
    ),
    (
        "Anyone else had to hand over the big Sunday roast? My son does it "
        "at his now. Different, but I still get fed and I don't have to "
        "wash the roasting tin.",
        "none",
        "ordinary: son does the roast now",
    ),
    (
        "Cheese and wine night at Jean's on Saturday!! Who's coming? I'm "
        "bringing a cheeseboard and my cushion.",
        "none",
        "ordinary: cheese and wine night",
    ),
    (
        "Christmas dinner with the group confirmed for the 14th at the "
        "Harvester. Vegetarian option available. Please let me know by "
        "Friday if you're coming so I can give numbers. Ramp at the side "
        "door.",
        "none",
        "ordinary: group Christmas meal logistics",
    ),
    (
        "my cat has decided 5am is breakfast time. every day. paws on my "
        "face. this is not a pacing strategy i signed up for 😾",
        "none",
        "ordinary: cat wakes at 5am",
    ),
    (
        "Took the dog to the vet, she's got a sore paw. Now we both limp "
        "round the park together. Matching.",
        "none",
        "ordinary: dog's sore paw, matching limps",
    ),
    (
        "new puppy update: she has eaten one slipper, two tissues and the "
        "corner of the rug. my physio says the walks are great for my "
        "back. my rug disagrees",
        "none",
        "ordinary: puppy chewing",
    ),
    (
        "Our rescue greyhound is the best pain management tool I have. She "
        "needs two short walks a day and sleeps the rest. Exactly my pace.",
        "none",
        "ordinary: rescue greyhound pace",
    ),
    (
        "Does anyone have any tips for walking a dog that pulls? My "
        "shoulder is taking a battering. He's a lovely lad but strong as "
        "an ox.",
        "none",
        "ordinary: dog pulls on lead",
    ),
    (
        "Budgie Kevin has learned to say 'ooh my back'. I have no idea where he got that from 😂",
        "none",
        "ordinary: budgie says 'ooh my back'",
    ),
    (
        "cat sleeps on my bad hip every night, like a little hot water bottle. cats know",
        "none",
        "ordinary: cat on bad hip",
    ),
    (
        "Had to take the rabbit to the vets for his teeth. £90! Rabbit is "
        "fine, my bank account is in pain.",
        "none",
        "ordinary: rabbit vet bill",
    ),
    (
        "dog walker is off for xmas so its me doing the walks for a "
        "fortnight. doing 3 short ones instead of 2 long ones. the dog is "
        "confused but happy",
        "none",
        "ordinary: dog walker off for Christmas",
    ),
    (
        "My neighbour's cat has moved in. Just decided. Sits on my lap all "
        "evening. The neighbour says she can visit anytime, so she has two "
        "homes now.",
        "none",
        "ordinary: neighbour's cat moves in",
    ),
    (
        "Guinea pig birthday party this weekend (the grandkids insisted). "
        "Carrot cake made of actual carrots. I'm a good grandma.",
        "none",
        "ordinary: guinea pig birthday",
    ),
    (
        "Anyone got a dog who does the 'I'm poorly' face when you're "
        "poorly? Mine sits by my chair on my bad days. Won't leave. Best "
        "nurse ever.",
        "none",
        "ordinary: dog as nurse on bad days",
    ),
    (
        "Got the hens in for winter. Still getting 2 eggs a day somehow. "
        "Cleaning the coop is hard on my back so my son does it in return "
        "for eggs. Good deal.",
        "none",
        "ordinary: hens and eggs",
    ),
    (
        "Our old collie passed in the summer at 15 and we said no more "
        "dogs. Reader, we now have a 4 month old spaniel called Biscuit. "
        "Utter chaos. Got me walking again though.",
        "none",
        "ordinary: new spaniel after old dog",
    ),
    (
        "cat has knocked the christmas tree over. twice. tree is now in "
        "the hall behind a baby gate. merry christmas",
        "none",
        "ordinary: cat and Christmas tree",
    ),
    (
        "Does anyone else use their dog as an excuse to leave do's early? "
        "'Sorry, got to let the dog out' is my favourite exit line when my "
        "back starts moaning.",
        "none",
        "ordinary: dog as exit excuse",
    ),
    (
        "Tortoise has gone into hibernation in the fridge (yes really, vet "
        "approved). Husband not happy about sharing with him.",
        "none",
        "ordinary: tortoise hibernating in fridge",
    ),
    (
        "Horse riding lesson! Well, sitting on a very patient pony while "
        "someone led it. Riding for the Disabled group. My hips felt "
        "stretched in a good way. Going back next month.",
        "none",
        "ordinary: riding for the disabled",
    ),
    (
        "My friend's dog had puppies and she's keeping one for me. "
        "Collecting in January. So excited. Already bought a bed, bowl and "
        "a very long list of questions",
        "none",
        "ordinary: puppy coming in January",
    ),
    (
        "Walked the dog round the block in the frost this morning, took my "
        "time, grips on my boots. Felt good to be out early and see the "
        "sunrise.",
        "none",
        "ordinary: frosty dog walk",
    ),
    (
        "The cat brought me a mouse. Alive. At 2am. I'm 67 with a bad back "
        "and I was on a chair shrieking.",
        "none",
        "ordinary: cat brought live mouse",
    ),
    (
        "Dog's 10th birthday today! Sausage for breakfast, new squeaky "
        "toy, and a walk at Ashton Court. She's slowing down like me. "
        "We're a right pair.",
        "none",
        "ordinary: dog's 10th birthday",
    ),
    (
        "Two kittens arrived yesterday from the rescue. Pip and Squeak. My "
        "husband says I'm not allowed to call them 'pain management'. But "
        "they are.",
        "none",
        "ordinary: two new kittens",
    ),
    (
        "allotment update: last of the leeks pulled, garlic in for next "
        "year. did it in three visits instead of one big go. shed's tidied "
        "and the robin has been supervising",
        "none",
        "ordinary: allotment end of season",
    ),
    (
        "Anyone want rhubarb crowns? I'm splitting mine. Free to a good "
        "home, you'll need to collect from Horfield.",
        "none",
        "ordinary: rhubarb crowns to share",
    ),
    (
        "Finally got raised beds at the allotment! The committee gave me "
        "the plot nearest the gate as well so less walking. Onions and "
        "spuds next year.",
        "none",
        "ordinary: raised beds at allotment",
    ),
    (
        "frost got my dahlias. lifted the tubers and theyre drying in the "
        "garage. next year i'm putting them in pots so i dont have to dig",
        "none",
        "hard negative: innocent 'garage' (drying tubers)",
    ),
    (
        "Has anyone used one of those kneeler-seat things? It flips over "
        "to be a stool. Thinking of asking for one for Christmas.",
        "none",
        "ordinary: kneeler-seat question",
    ),
    (
        "Gave away so many courgettes this year my neighbours started "
        "hiding when they saw me coming 😂 next year I'm only planting 2 "
        "plants. Honest.",
        "none",
        "hard negative: innocent 'gave away' (courgettes)",
    ),
    (
        "Bulb planting done. 200 tulips. Well, my grandson did most of the "
        "digging and I supervised from the folding chair. Teamwork.",
        "none",
        "ordinary: bulb planting with grandson",
    ),
    (
        "the allotment society christmas do is on the 6th, mulled wine and "
        "mince pies in the big hut. anyone from here who's got a plot at "
        "Golden Hill come along",
        "none",
        "ordinary: allotment society Christmas do",
    ),
    (
        "My physio said gardening counts as my exercise if I pace it. So "
        "I've been doing 20 minutes of weeding then 10 minutes on the "
        "bench. Garden's never looked better.",
        "none",
        "ordinary: gardening as paced exercise",
    ),
    (
        "Winter planning the veg beds for next year with seed catalogues "
        "and a cup of tea. Best part of gardening, no bending involved.",
        "none",
        "ordinary: seed catalogues in winter",
    ),
    (
        "Storm knocked the fence panel down. Husband and neighbour have "
        "fixed it. I made the tea. My contribution.",
        "none",
        "ordinary: storm fence fixed",
    ),
    (
        "Does anyone know if you can grow potatoes in bags? Want to keep "
        "growing veg but digging is beyond my back now.",
        "none",
        "ordinary: potatoes in bags question",
    ),
    (
        "Picked the last of the apples, stored in trays in the shed. Going "
        "to make crumbles for the freezer. Smells lovely in there.",
        "none",
        "hard negative: innocent 'shed' (apple storage)",
    ),
    (
        "Planted garlic today, 3 rows. Back's sore but good sore, if you "
        "know what I mean. Hot bath and feet up now.",
        "none",
        "ordinary: garlic planting, good sore",
    ),
    (
        "my allotment neighbour (80 and fit as a fiddle) has offered to "
        "dig over my plot in return for jam. deal of the century",
        "none",
        "ordinary: allotment neighbour swaps digging for jam",
    ),
    (
        "Brought the geraniums in for winter. The conservatory now looks "
        "like a jungle. My husband has to squeeze past them to get to his "
        "chair. Serves him right.",
        "none",
        "ordinary: geraniums in conservatory",
    ),
    (
        "Sat in the garden this afternoon in the sun with a coat on. 10 "
        "mins of winter sun and a cuppa. Watched the blue tits on the "
        "feeder. Simple pleasures.",
        "none",
        "ordinary: winter sun in garden",
    ),
    (
        "Anyone doing the winter pruning on their fruit trees? I'm never "
        "sure what to cut. Watched 4 youtube videos and I'm more confused "
        "than before.",
        "none",
        "ordinary: fruit tree pruning confusion",
    ),
    (
        "Allotment waiting list in our area is 4 years!! I'm on it. In the "
        "meantime, pots on the patio.",
        "none",
        "ordinary: allotment waiting list",
    ),
    (
        "Overwintered chillies on the windowsill are flowering?! In "
        "November?! Confused plants, like my body lol",
        "none",
        "ordinary: chillies flowering in November",
    ),
    (
        "We won second prize for the largest marrow at the village show "
        "this year (I'm very late posting this) and I'm still telling "
        "everyone. It's in the freezer as soup now.",
        "none",
        "ordinary: village show marrow",
    ),
    (
        "Seed swap at the community centre in February if anyone's "
        "interested. I'll bring tomato and bean seeds. Really relaxed, "
        "just tables and tea.",
        "none",
        "ordinary: seed swap invite",
    ),
    (
        "Anyone tried the no dig method? Everyone's banging on about it. "
        "Sounds like it was invented for people with bad backs!",
        "none",
        "ordinary: no dig for bad backs",
    ),
    (
        "Had the allotment inspection. Passed! Despite half of it being "
        "under cardboard. Told them it was 'no dig'. Cheeky but true.",
        "none",
        "ordinary: allotment inspection passed",
    ),
    (
        "anyone else's joints predicting the weather better than the met "
        "office? my knees said rain on tuesday. it rained on tuesday",
        "none",
        "ordinary: joints predict weather",
    ),
    (
        "Heard on the news that the NHS waiting lists are getting shorter. "
        "Not the pain clinic I'll bet! Still waiting for my follow up from "
        "April. Rang again today.",
        "none",
        "ordinary: waiting lists in the news",
    ),
    (
        "Snow forecast for the weekend. Soup and a film for me. Not risking the ice with my hip.",
        "none",
        "ordinary: snow forecast, staying safe on ice",
    ),
    (
        "Saw on the local news they're putting new benches along the "
        "harbourside. About time! You can walk for ages there without a "
        "seat.",
        "none",
        "ordinary: new benches on harbourside",
    ),
    (
        "Energy price cap going up in January again. We've got the heated "
        "throw and hot water bottles on rotation. Anyone know if there's "
        "any help for disabled people with heating bills?",
        "none",
        "ordinary: energy bills help question",
    ),
    (
        "Local paper had a piece about the pain clinic's peer support "
        "groups! Spotted our group's Christmas photo from last year in the "
        "corner. We're famous!!",
        "none",
        "ordinary: group in local paper",
    ),
    (
        "cold snap this week, my hands are really sore. gloves on indoors. "
        "looking forward to spring already",
        "none",
        "ordinary: cold snap, gloves indoors",
    ),
    (
        "Bus strike next week so I'll miss physio Tuesday. Rearranged for "
        "the week after. Annoying but not the end of the world.",
        "none",
        "hard negative: idiom 'not the end of the world' (bus strike)",
    ),
    (
        "Did anyone see the news about the new pain drug they're testing? "
        "Non-opioid apparently. Sounds promising but these things take "
        "years.",
        "none",
        "ordinary: news of new pain drug",
    ),
    (
        "Another named storm this weekend. Bins will end up in next door's "
        "garden like last time. Tie your bins down folks.",
        "none",
        "ordinary: storm, tie down bins",
    ),
    (
        "Council finally fixed the pothole outside my house after 8 months. Might throw a party.",
        "none",
        "ordinary: pothole fixed",
    ),
    (
        "I love the first frost. Everything sparkly. My bones don't love it but my eyes do.",
        "none",
        "ordinary: first frost",
    ),
    (
        "Foggy morning in the Mendips. Lovely and eerie. Drove slowly to "
        "the Co-op and back. Nothing exciting just wanted to share.",
        "none",
        "ordinary: foggy Mendips morning",
    ),
    (
        "Anyone following the doctors strike stuff? My GP appointment got "
        "moved. Not their fault, hope they get it sorted.",
        "none",
        "ordinary: doctors' strike moved appointment",
    ),
    (
        "Read in the paper that loneliness is as bad for you as smoking. "
        "Made me grateful for this lot tbh. You've made a massive "
        "difference since the programme ended.",
        "none",
        "ordinary: grateful for the group, news on loneliness",
    ),
    (
        "Power cut for 3 hours last night. Candles, board games, the kids "
        "actually talked to us. Almost sorry when it came back on.",
        "none",
        "ordinary: power cut board games",
    ),
    (
        "Clocks went back last month and I still haven't adjusted. Dark at "
        "4pm. Fibro fatigue plus darkness means early nights all round in "
        "our house.",
        "none",
        "ordinary: dark evenings and fatigue",
    ),
    (
        "The new Metrobus route goes right past the hospital now. Saved me "
        "2 changes getting to the pain clinic. Small win!",
        "none",
        "ordinary: new bus route to hospital",
    ),
    (
        "It's my birthday today!! 50! Having a quiet one with a takeaway "
        "and my feet up. The kids are taking me out for afternoon tea on "
        "Sunday. Feel spoilt.",
        "none",
        "ordinary: own 50th birthday",
    ),
    (
        "Happy birthday Margaret!! 🎂🎉 hope you have a lovely day and the "
        "family spoil you rotten. See you Thursday x",
        "none",
        "ordinary: birthday wishes to member",
    ),
    (
        "tree is up! did it over 3 days. day 1 tree, day 2 lights, day 3 "
        "baubles. took the pacing very seriously this year. looks better "
        "than ever",
        "none",
        "ordinary: tree up over three days",
    ),
    (
        "Christmas shopping all done online. Not setting foot in Cabot "
        "Circus in December. My back and my sanity thank me.",
        "none",
        "ordinary: Christmas shopping online",
    ),
    (
        "Secret Santa for the meet - £5 limit, bring something wrapped and "
        "we'll do the lucky dip. Nothing heavy please, we all have bad "
        "backs!! 😂",
        "none",
        "ordinary: Secret Santa rules",
    ),
    (
        "Anyone got tips for getting through Christmas day without a "
        "flare? Last year I overdid it and was wiped out till New Year. "
        "This year I'm going to take breaks, sit for the washing up and "
        "skip the big walk.",
        "none",
        "ordinary: Christmas day pacing plan",
    ),
    (
        "Christmas jumper day at the meet Thursday! Mine lights up. "
        "Battery pack weighs a ton but I'm committed.",
        "none",
        "ordinary: Christmas jumper day",
    ),
    (
        "Posted my Christmas cards today. 47 of them. Wrote them 5 a day "
        "from mid November. Hands just about survived.",
        "none",
        "ordinary: cards written five a day",
    ),
    (
        "My husband's 70th next week. Surprise party at the cricket club. "
        "If anyone sees him don't say a word!!",
        "none",
        "ordinary: surprise 70th party",
    ),
    (
        "Birthday lunch was lovely, thanks all for the messages. Had a "
        "steak the size of my head and a sticky toffee pud. Home now and "
        "absolutely stuffed.",
        "none",
        "ordinary: birthday lunch thanks",
    ),
    (
        "The grandkids have written their letters to Santa and we posted "
        "them in the big red box in town. The little one asked for 'a cure "
        "for nana's back'. Had to have a little sniffle in the car, bless "
        "him.",
        "none",
        "hard negative: innocent 'letters' (to Santa)",
    ),
    (
        "Advent calendar confession: I've eaten tomorrow's as well. Who's with me.",
        "none",
        "ordinary: advent calendar confession",
    ),
    (
        "What does everyone do on Christmas day to pace? I've got a nap "
        "booked in for 3pm after the King's speech. Non-negotiable.",
        "none",
        "ordinary: Christmas day nap booked",
    ),
    (
        "Santa's grotto at the garden centre with the grandkids. Queue was "
        "40 minutes but they had a bench. The elf gave me a lolly too.",
        "none",
        "ordinary: Santa's grotto queue",
    ),
    (
        "Christmas lights switch on in the village this evening. Going "
        "down with a flask and my walking stick with tinsel wrapped round "
        "it.",
        "none",
        "ordinary: village lights switch on",
    ),
    (
        "It's 5 years since I finished the PMP this week. Bought myself a "
        "cake. Just felt like marking it. Thanks to everyone who's been "
        "part of it.",
        "none",
        "ordinary: five years since PMP",
    ),
    (
        "happy birthday to our Keith 🎂 hope the back is behaving and "
        "you're getting spoilt. pint on me at the next meet",
        "none",
        "ordinary: birthday wishes, pint at meet",
    ),
    (
        "Anyone doing anything for New Year? We're staying in with a "
        "Chinese and watching the fireworks on telly. Rock and roll.",
        "none",
        "ordinary: quiet New Year plans",
    ),
    (
        "Decorations question: anyone found a way to put the star on top "
        "without a step ladder? I'm banned from ladders after last year.",
        "none",
        "ordinary: star on tree without ladder",
    ),
    (
        "Got my Christmas day sorted: son is cooking, daughter is doing "
        "pudding, I'm on sprouts sat at the table. Delegation, they taught "
        "us that on the PMP!",
        "none",
        "ordinary: delegating Christmas day",
    ),
    (
        "it's my little one's birthday tomorrow, she'll be 7. balloons "
        "blown up (by the pump, not my lungs) and presents wrapped. she "
        "wants a unicorn cake. i'm buying it from asda and not feeling "
        "guilty",
        "none",
        "ordinary: child's 7th birthday, shop cake",
    ),
    (
        "Christmas carol service at the cathedral was beautiful. Sat near "
        "the back so I could stand and sit as I needed. Got a bit teary at "
        "O Holy Night.",
        "none",
        "ordinary: carol service",
    ),
    (
        "We've got 14 for Christmas dinner this year!! I must be mad. Menu "
        "sorted, everything that can be made ahead is being made ahead. "
        "Dinner is at 3. Nap is at 5.",
        "none",
        "ordinary: hosting 14 for Christmas",
    ),
    (
        "Boxing day walk at Ashton Court is a tradition in our family. I'm "
        "doing the short loop and meeting them at the cafe. Compromise.",
        "none",
        "ordinary: Boxing Day walk compromise",
    ),
    (
        "Thank you everyone for my birthday card! I didn't expect it. It's "
        "on the mantelpiece next to my grandson's. Means a lot.",
        "none",
        "ordinary: thanks for birthday card",
    ),
    (
        "Present idea for anyone buying for someone with pain: a heated "
        "throw. Best thing I got last year. Just saying in case any of "
        "your families are reading.",
        "none",
        "ordinary: heated throw gift idea",
    ),
    (
        "Christmas party season - does anyone else dread the standing "
        "around with a glass? I've started bringing my own folding stool. "
        "People stare. I don't care.",
        "none",
        "ordinary: folding stool at parties",
    ),
    (
        "Birthday treat from my husband: a massage voucher for a place "
        "that does massage for people with chronic pain. Booked for "
        "January. Can't wait.",
        "none",
        "ordinary: massage voucher birthday",
    ),
    (
        "Doing a Christmas eve box for the grandkids this year. Pyjamas, "
        "hot chocolate, a book. Less stuff, more cosy.",
        "none",
        "ordinary: Christmas eve box",
    ),
    (
        "Nativity done! Grandson was the best sheep. He baa'd at exactly "
        "the wrong moment and brought the house down.",
        "none",
        "ordinary: nativity sheep",
    ),
    (
        "Welcome to the group Priya! Lovely to have you. We're a friendly "
        "lot, just jump in whenever. The Thursday meet is at the Pear Tree "
        "cafe, there's parking right outside.",
        "none",
        "ordinary: welcome new member, venue info",
    ),
    (
        "Thank you so much to Bev for the lift on Thursday. Couldn't have "
        "got there otherwise with the car in for repair. You're a star x",
        "none",
        "ordinary: thanks for lift",
    ),
    (
        "Just wanted to say thanks to whoever brought the brownies last "
        "week. I've been dreaming about them.",
        "none",
        "ordinary: thanks for brownies",
    ),
    (
        "Hi all, I'm new. Finished my PMP at Southmead in October. I've "
        "got fibromyalgia and hypermobility. A bit nervous posting but "
        "everyone seemed so nice at the last session. Looking forward to "
        "meeting you all in person.",
        "none",
        "ordinary: new member introduction",
    ),
    (
        "welcome Gary!! nice to have another bloke in the group, we're outnumbered 😂",
        "none",
        "ordinary: welcome another man",
    ),
    (
        "Thanks for a great meet today everyone. Laughed so much my tummy "
        "hurt more than my back. Same time next month?",
        "none",
        "ordinary: thanks for great meet",
    ),
    (
        "New member here, hi everyone 👋 I'm Jo, 34, CRPS in my left foot "
        "for 4 years. Just finished the programme. Not great at writing "
        "posts but wanted to say hello.",
        "none",
        "ordinary: new member with CRPS says hello",
    ),
    (
        "Thank you Sue for organising the Christmas meal, I know it's a "
        "lot of work with all the phoning round. We appreciate you. "
        "Someone else can do it next year!",
        "none",
        "ordinary: thanks to organiser",
    ),
    (
        "Just wanted to say how much this group has helped me this year. I "
        "know I don't post much but I read everything. Thanks all x",
        "none",
        "ordinary: lurker says thanks",
    ),
    (
        "Meet reminder: Thursday 2pm, Pear Tree cafe. Step-free entrance "
        "round the side. Let me know if you need a lift from Filton.",
        "none",
        "ordinary: meet reminder, lift offer",
    ),
    (
        "Hi, could someone remind me of the date for the next meet? My brain fog has eaten it.",
        "none",
        "ordinary: asks meet date, brain fog",
    ),
    (
        "It's the 12th, Thursday, 2pm. Don't worry about the fog, I've "
        "forgotten it 4 times myself 😂",
        "none",
        "ordinary: answers meet date",
    ),
    (
        "welcome to Mandy and Sheila who joined this week!! the board can "
        "feel a bit quiet but we're chatty in person i promise",
        "none",
        "ordinary: welcome two new members",
    ),
    (
        "Thanks to Nigel for sharing that stretch for the neck. Been doing "
        "it every morning and I actually can turn my head to reverse the "
        "car now.",
        "none",
        "ordinary: thanks for neck stretch",
    ),
    (
        "Venue change for January: the church hall is being renovated so "
        "we'll use the library meeting room. Lift is working, toilets on "
        "the same floor.",
        "none",
        "ordinary: venue change notice",
    ),
    (
        "Just want to thank the two of you who sat with me after the meet "
        "on Thursday when my pain was sky high. You didn't need to, but it "
        "really helped. Feeling much better today.",
        "none",
        "ordinary: thanks for support on pain day, better now",
    ),
    (
        "Thanks for all your advice about the dentist. Went today, told "
        "them about my jaw and they let me have breaks. Didn't die! 😂",
        "none",
        "hard negative: jokey 'didn't die' after dentist",
    ),
    (
        "Can I just say welcome back to Ann, so nice to see you at the "
        "cafe after your knee op. You're looking great!",
        "none",
        "ordinary: welcome back after knee op",
    ),
    (
        "Sorry I missed Thursday, had the grandkids. Did I miss any gossip? 😂",
        "none",
        "ordinary: missed meet, gossip",
    ),
    (
        "Thank you to the pain clinic for sending the new leaflets about "
        "flare-up plans. I've stuck mine on the fridge.",
        "none",
        "ordinary: thanks for flare plan leaflet",
    ),
    (
        "Can't make it Thurs x",
        "none",
        "ordinary: very short apology",
    ),
    (
        "running 10 mins late, save me a seat by the radiator!!",
        "none",
        "ordinary: running late",
    ),
    (
        "Poll: do we want to keep meeting fortnightly in January or go "
        "monthly over the winter? Reply with F or M.",
        "none",
        "ordinary: poll on meeting frequency",
    ),
    (
        "F from me!",
        "none",
        "ordinary: short poll reply",
    ),
    (
        "M please, winter mornings are hard on my joints and the buses are worse",
        "none",
        "ordinary: poll reply with reason",
    ),
    (
        "Thanks everyone for making me feel so welcome at my first meet. I "
        "was so nervous I nearly turned round at the door. Glad I didn't.",
        "none",
        "ordinary: thanks for welcome at first meet",
    ),
    (
        "I've put the photos from the Christmas lunch on the group. Sorry "
        "Pam, you're mid-sprout in most of them.",
        "none",
        "ordinary: photos posted",
    ),
    (
        "Massive thanks to Ravi for fixing my phone so I can actually read "
        "the posts now. Bigger text. I'm not squinting anymore!",
        "none",
        "ordinary: thanks for fixing phone text size",
    ),
    (
        "Who's got my tupperware? Blue lid. Left it at the last meet with "
        "the flapjack in. No rush, just want it back before Christmas "
        "baking 😂",
        "none",
        "ordinary: lost tupperware",
    ),
    (
        "Welcome Tom! Don't be shy. We talk about pain about 10% of the time and cake 90%.",
        "none",
        "ordinary: welcome, cake joke",
    ),
    (
        "I'll be coordinating from January as Sue's handing over after "
        "doing it for 2 years. Any ideas for activities, let me know! "
        "Thinking a trip to the garden centre in Feb.",
        "none",
        "ordinary: coordinator handover",
    ),
    (
        "Thank you all for the get well cards after my op. Home now, knee "
        "is sore but healing. Physio starts next week. Back to the meets "
        "in January hopefully.",
        "none",
        "ordinary: thanks for get well cards",
    ),
    (
        "Just a thank you to the clinic staff who came to the twice yearly "
        "gathering. Good to see some familiar faces from the programme and "
        "meet people from the other groups.",
        "none",
        "ordinary: thanks to clinic staff at gathering",
    ),
    (
        "Are we still doing the walk on the 20th? Short loop only please, I'll bring flasks.",
        "none",
        "ordinary: walk on the 20th",
    ),
    (
        "Lovely to meet the Keynsham group at the gathering! Maybe we "
        "could do a joint Christmas thing next year?",
        "none",
        "ordinary: joint event with other group",
    ),
    (
        "Rant incoming. Waited 2 hours at the GP for a 5 minute "
        "appointment, then told to 'try paracetamol'. I've been on "
        "paracetamol for 8 years! Anyway. Had a coffee, feel better. Rant "
        "over.",
        "none",
        "ordinary: venting at GP, then better",
    ),
    (
        "PIP reassessment form arrived. 40 pages. FORTY. Going to do a "
        "page a day with a cup of tea and ask Citizens Advice for help. "
        "Grr.",
        "none",
        "ordinary: venting at PIP form",
    ),
    (
        "Neighbours are having building work done and the drilling starts "
        "at 8am. My migraine and I are not amused. 3 more weeks apparently.",
        "none",
        "ordinary: neighbours' drilling and migraine",
    ),
    (
        "so fed up with the rain. my back has been grumbling for a week "
        "straight. but i did my stretches and went to the shop so im "
        "counting that as a win",
        "none",
        "ordinary: fed up with rain, small wins",
    ),
    (
        "Anyone else get annoyed when people say 'have you tried yoga?' "
        "Yes Brenda, I've tried yoga. I've tried everything. 😂 Sorry, had "
        "a moment in the post office queue.",
        "none",
        "ordinary: venting 'have you tried yoga'",
    ),
    (
        "Pharmacy got my prescription wrong AGAIN. Third month in a row. "
        "Sorted now but I spent 40 minutes standing at the counter. Going "
        "to ask about switching to a delivery one.",
        "none",
        "ordinary: pharmacy error venting",
    ),
    (
        "Blue badge renewal has been 'processing' for 9 weeks. Rang the "
        "council, on hold 50 minutes, then cut off. Trying again tomorrow "
        "with a flask of tea and my patience.",
        "none",
        "ordinary: blue badge renewal delay",
    ),
    (
        "Feeling grumpy today. Pain is up, weather is rubbish, husband ate "
        "the last crumpet. Not a big deal, just needed to say it somewhere "
        "people get it. Back to normal tomorrow I'm sure x",
        "none",
        "ordinary: grumpy day, crumpet",
    ),
    (
        "Universal Credit journal message said my appointment was changed "
        "to 9am Monday with 2 days notice. Mornings are my worst. Rang and "
        "they moved it to 11. Sometimes you just have to ask.",
        "none",
        "ordinary: Universal Credit appointment moved",
    ),
    (
        "had a proper cry in the car after my pain clinic appointment. "
        "they're changing my consultant again, 3rd one in 2 years. "
        "starting from scratch explaining everything. felt better after a "
        "brew and a natter with my sister. just frustrating",
        "none",
        "ordinary: frustration at consultant change",
    ),
    (
        "The self checkouts at Tesco hate me. 'Unexpected item in bagging "
        "area' while I'm trying to hold myself up on the trolley. Give me "
        "a human!!",
        "none",
        "ordinary: self checkout rant",
    ),
    (
        "My work has changed my hours again without asking. Occupational "
        "health said they'd make adjustments. Going to email HR tomorrow "
        "with the OH letter. Not letting this one slide.",
        "none",
        "ordinary: work hours changed, emailing HR",
    ),
    (
        "Flare day. Hips and lower back screaming. Heat pad on, TENS on, "
        "box set on. Will be fine by tomorrow I reckon. Just grumbling.",
        "none",
        "hard negative: idiom 'screaming' joints in flare",
    ),
    (
        "Waiting room at the hospital had no chairs with arms. How are "
        "people with pain supposed to get up?! Filled in the feedback "
        "form. Politely. Mostly.",
        "none",
        "ordinary: no chairs with arms, feedback",
    ),
    (
        "getting really frustrated with the hospital physio, they keep "
        "cancelling. 3 times now. put a complaint in to PALS today. i will "
        "get seen if it kills me 😤",
        "none",
        "hard negative: idiom 'if it kills me' (physio complaint)",
    ),
    (
        "DLA to PIP switch for my son has been a nightmare but we finally "
        "got a decision. Standard rate for daily living. We'll take it.",
        "none",
        "ordinary: son's PIP decision",
    ),
    (
        "Bin men missed us again. Third week. Lugging the bin to the end "
        "of the road is not happening with my back. Reported it online, "
        "fingers crossed.",
        "none",
        "hard negative: innocent 'road' (bins)",
    ),
    (
        "Bus driver pulled away before I'd sat down today. Nearly went "
        "flying. Told him, politely but firmly. He apologised. Small "
        "victory.",
        "none",
        "ordinary: bus driver pulled away",
    ),
    (
        "My sister-in-law told me I should 'push through the pain'. Had to "
        "bite my tongue so hard. I'm pacing, not lazy!!",
        "none",
        "ordinary: push through the pain comment",
    ),
    (
        "right so christmas update lol. my sister is now doing christmas "
        "eve, we're doing the day itself, and my mother in law has "
        "announced she's coming for the whole week which nobody was told "
        "about. so thats 9 of us in a 3 bed semi. my husband has been told "
        "he is on airbed duty. i've written a list of jobs for everyone "
        "and stuck it on the fridge because if i try to do it all myself "
        "i'll be flat out till february. anyway the turkey's ordered from "
        "the butcher and the sprouts are not my problem this year. how's "
        "everyone else's planning going?",
        "none",
        "ordinary: long ramble, family Christmas logistics",
    ),
    (
        "Had a lovely few hours at the allotment with my grandson "
        "yesterday. He's 8 and has decided he wants to be a farmer, so he "
        "dug up the last of the parsnips while I sat on the upturned "
        "bucket giving instructions. We found a frog in the compost and "
        "had to name it (Gerald). My back was grumbling by the end but I'd "
        "done my stretches before we went and took my tablets on time, so "
        "it was just the usual ache. Came home and did roast parsnips with "
        "honey for tea. He told his mum he grew them himself. I'm not "
        "correcting him.",
        "none",
        "ordinary: long ramble, allotment and grandkids",
    ),
    (
        "Good evening all. I thought I would let you know that I attended "
        "my appointment at the pain clinic on Tuesday, and it went rather "
        "well. The consultant was most attentive and has suggested a "
        "course of acupuncture, which I am willing to try. My husband "
        "drove me and we had lunch afterwards at the garden centre, where "
        "I bought a rather extravagant poinsettia. The knee remains "
        "troublesome in the cold, but I am managing with my exercises and "
        "the heat pad. I do hope everyone is keeping warm. I look forward "
        "to seeing you all at the Christmas lunch.",
        "none",
        "ordinary: long ramble, older formal writer, hospital visit",
    ),
    (
        "What a week. Work was manic, the boss wanted everything done "
        "before the Christmas shutdown, and I was doing 10 minute stretch "
        "breaks in the disabled loo because it's the only room with space. "
        "Then I got home on Wednesday and the dog had eaten a whole tube "
        "of Pringles, tube and all. Vet said he'd be fine and he is, he's "
        "snoring next to me now. Back is sore from all the sitting at work "
        "but I've got Friday off and a bath bomb waiting. Anyone else "
        "counting down to the Christmas break?",
        "none",
        "ordinary: long ramble, work and pets",
    ),
    (
        "Bit of a migraine day today so I've been on the sofa with the "
        "curtains half shut and a cold flannel. It's eased off now "
        "thankfully, second dose of my usual did the trick. Managed to "
        "watch the Bake Off Christmas special repeat with the sound low. "
        "Husband made me a boiled egg and soldiers which felt very 1985 "
        "but was exactly right. Tomorrow's another day and I've got my "
        "sister coming for lunch so fingers crossed.",
        "none",
        "ordinary: long ramble, migraine and TV",
    ),
    (
        "ok so today i took both kids to the soft play, did the weekly "
        "shop, AND made a cottage pie and im writing this at 7pm with my "
        "feet on the radiator feeling like ive run a marathon. i know i "
        "know, pacing. the PMP lot would be shaking their heads lol. "
        "tomorrow is a pyjama day, already decided, kids are fine with it "
        "as long as there's telly. my hips are grumbling but its the "
        "normal grumble not the bad one. just wanted to share the small "
        "win of getting it all done even if i pay for it a bit",
        "none",
        "ordinary: long ramble, young mum with fibro",
    ),
    (
        "morning all, frosty one today ❄️ wrap up warm",
        "none",
        "ordinary: very short greeting",
    ),
    (
        "thanks Jan xx that's really kind",
        "none",
        "ordinary: very short thanks",
    ),
    (
        "ooh yes please, save me a mince pie!",
        "none",
        "ordinary: very short reply",
    ),
    (
        "Happy Friday everyone 😊 have a good weekend",
        "none",
        "ordinary: very short Friday post",
    ),
    (
        "my back is killing me today, been on my feet at work since 7. "
        "bath and early night i think, back in tomorrow",
        "none",
        "hard negative: idiom 'back is killing me', nothing else",
    ),
    (
        "I could murder a cuppa and a bacon roll. Who's at the cafe early "
        "Thursday? I'll be there from half one.",
        "none",
        "hard negative: idiom 'could murder a cuppa'",
    ),
    (
        "Dying to see you all on Thursday!! It's been too long x",
        "none",
        "hard negative: idiom 'dying to see you all'",
    ),
    (
        "nearly died laughing at Jean's story about the sat nav taking her "
        "into a farmyard 😂😂 still chuckling now",
        "none",
        "hard negative: idiom 'nearly died laughing'",
    ),
    (
        "Honestly, the hospital parking is daylight robbery. I'd kill for "
        "a free disabled space within a mile of the entrance.",
        "none",
        "hard negative: hyperbole 'I'd kill for' (parking)",
    ),
    (
        "My feet are killing me after the Christmas market but I've got "
        "all my presents so who cares",
        "none",
        "hard negative: idiom 'feet are killing me' (shopping)",
    ),
    (
        "Sat in the DWP phone queue for 58 minutes listening to the same "
        "bit of Vivaldi. I'm losing the will to live here 😂 Oh hang on, "
        "they've answered!",
        "none",
        "hard negative: hyperbole 'losing the will to live' (phone queue)",
    ),
    (
        "bored to death in the fracture clinic waiting room. 2 hours and "
        "counting. anyone want to chat?",
        "none",
        "hard negative: idiom 'bored to death' (waiting room)",
    ),
    (
        "I'm dead on my feet after the grandkids' sleepover but it was "
        "lovely. Pancakes, cartoons and a lot of giggling at 6am.",
        "none",
        "hard negative: idiom 'dead on my feet'",
    ),
    (
        "This weather will be the death of me! Three coats and I'm still "
        "frozen. Anyone else's hands just refusing to work?",
        "none",
        "hard negative: idiom 'death of me' (weather)",
    ),
    (
        "My husband's snoring is going to be the end of me. Earplugs "
        "ordered. Anyone recommend a brand?",
        "none",
        "hard negative: idiom 'end of me' (snoring)",
    ),
    (
        "I'm gonna kill my son, he's borrowed my car and left the seat "
        "right back. I can't reach the pedals and my back can't handle the "
        "lever 😂",
        "none",
        "hard negative: jokey hyperbole 'gonna kill my son' (car seat)",
    ),
    (
        "That curry was to die for. The Thali place on Gloucester Road never disappoints.",
        "none",
        "hard negative: idiom 'to die for' (food)",
    ),
    (
        "The pain's been murder this week with the damp. Getting a bit "
        "better today thank goodness.",
        "none",
        "hard negative: idiom 'murder this week', improving",
    ),
    (
        "The Christmas ads on telly are killing me, the one with the "
        "little dog had me in bits. Every year I fall for it.",
        "none",
        "hard negative: idiom 'killing me' (Christmas advert)",
    ),
    (
        "My knees are screaming after the stairs at the station, lift was "
        "broken again. Staff were lovely though and found me a seat while "
        "I got my breath back.",
        "none",
        "hard negative: idiom 'screaming' + innocent 'station'",
    ),
    (
        "I'll die of embarrassment if anyone saw me trying to get out of "
        "the car at Asda. Took me 3 goes and a grunt.",
        "none",
        "hard negative: idiom 'die of embarrassment'",
    ),
    (
        "Hip's been playing up something awful, it's a killer in the "
        "mornings. Loosens off by lunchtime once I've done my exercises.",
        "none",
        "hard negative: idiom 'a killer in the mornings'",
    ),
    (
        "these stairs will be the end of me! we're looking at bungalows "
        "now, fingers crossed for one near the shops",
        "none",
        "hard negative: idiom 'stairs will be the end of me', moving",
    ),
    (
        "The physio nearly killed me today! New exercises with the "
        "resistance band. Sore but I can feel it working.",
        "none",
        "hard negative: jokey 'physio nearly killed me'",
    ),
    (
        "ha! the pain is killing me but the Strictly final is on so priorities",
        "none",
        "hard negative: idiom 'pain is killing me' + TV final",
    ),
    (
        "on my last legs after the big shop but the cupboards are full and "
        "the freezer's stocked for the cold snap. sofa time",
        "none",
        "hard negative: idiom 'on my last legs' (tired after shopping)",
    ),
    (
        "Husband says he's going up the ladder to do the gutters. Over my "
        "dead body, with his knees. Man's coming Tuesday.",
        "none",
        "hard negative: idiom 'over my dead body' (ladder)",
    ),
    (
        "This will be my last post for a while - I'm off to my daughter's "
        "in Australia for 6 weeks over Christmas! Back mid January. Have a "
        "lovely Christmas everyone, see you at the first meet of the year x",
        "none",
        "hard negative: benign goodbye, long trip with return",
    ),
    (
        "Goodbye from me as a member of this group. I've moved to Weston "
        "so I'm joining the group there, it's much closer. It's not "
        "goodbye forever, I'll see you at the summer gathering and I'm "
        "keeping everyone's numbers!",
        "none",
        "hard negative: benign goodbye, moving to another group",
    ),
    (
        "Taking a break from the board over Christmas as I'm at my "
        "sister's with rubbish signal. Back on the 2nd. Have a good one "
        "all x",
        "none",
        "hard negative: benign break from board with return",
    ),
    (
        "Moving house on Friday!! Bungalow, no more stairs. Going to be "
        "offline till the broadband's sorted, probably a week. Will post "
        "my new address for the Christmas cards.",
        "none",
        "hard negative: benign goodbye, moving house",
    ),
    (
        "Last meeting of the year on Thursday, then we're off till "
        "January. Thanks for a brilliant year everyone.",
        "none",
        "hard negative: innocent 'last meeting' of year",
    ),
    (
        "Well that's my final day at work before retirement. 32 years! "
        "Cake, speeches, a card signed by everyone. Said goodbye to the "
        "office and the horrible chairs. My back is already celebrating.",
        "none",
        "hard negative: innocent 'final day', 'goodbye' (retirement)",
    ),
    (
        "I've decided to step down as coordinator after 2 years. Not going "
        "anywhere, still coming to every meet! Just time for someone else "
        "to have a go with the phone tree. Jenny has kindly agreed to take "
        "over.",
        "none",
        "hard negative: 'decided' + stepping down as coordinator, staying",
    ),
    (
        "Switching to the evening group from January as I've gone back to "
        "work part time. Gonna miss the Thursday lot! Still on the board "
        "though so you won't get rid of me that easily 😂",
        "none",
        "hard negative: benign move to evening group",
    ),
    (
        "Off on my holidays tomorrow, see you all in 2 weeks. Don't eat all the biscuits.",
        "none",
        "hard negative: short benign holiday goodbye",
    ),
    (
        "Saying goodbye to my old car today, 18 years old and finally "
        "failed its MOT. Got an automatic now which is much easier on my "
        "knee. Bit sad, she was a good car.",
        "none",
        "hard negative: innocent 'goodbye' + car MOT",
    ),
    (
        "Saying a quick bye for now - I'm having my spinal op on Monday "
        "and will be in hospital for about 5 days. I'll let you know how "
        "it goes when I'm home. Keep the kettle warm x",
        "none",
        "hard negative: benign goodbye before planned operation",
    ),
    (
        "Farewell do for our physio at the pain clinic is on the 19th, "
        "she's retiring after 30 years. Anyone want to chip in for flowers?",
        "none",
        "hard negative: innocent 'farewell' (physio retiring)",
    ),
    (
        "The last of the moving boxes are unpacked. New flat is lovely, "
        "ground floor, walk in shower. Goodbye stairs, I shan't miss you!",
        "none",
        "hard negative: innocent 'goodbye stairs' after move",
    ),
    (
        "My last day of the pain management programme today! Strange to "
        "think it's over. But the follow on group starts in January so "
        "it's not really goodbye.",
        "none",
        "hard negative: innocent 'last day' of PMP, not goodbye",
    ),
    (
        "Giving up my allotment plot at the end of the year, it's just too "
        "far from the new house. Got a lovely sunny patio instead with "
        "raised planters. Anyone want my old tools before I hand the key "
        "back?",
        "none",
        "hard negative: giving up allotment, giving tools away, with reason",
    ),
    (
        "Giving away a bag of wool and knitting needles, I've switched to "
        "crochet which is easier on my hands. Free to anyone at the meet "
        "Thursday!",
        "none",
        "hard negative: giving away wool, switched craft",
    ),
    (
        "Popping out of the group chat for a few days while I sort out "
        "Mum's house move. Back by the weekend. Text if you need me for "
        "the lift on Thursday.",
        "none",
        "hard negative: benign short absence with return",
    ),
    (
        "Said goodbye to the old sofa today. 20 years of service. New one "
        "is higher with firmer cushions and I can get up without the "
        "rocking-and-heaving routine.",
        "none",
        "hard negative: innocent 'goodbye' (old sofa)",
    ),
    (
        "Does anyone take amitriptyline at night? My GP wants to up it to "
        "20mg. Did you get a dry mouth? Mine is like sandpaper in the "
        "mornings already.",
        "none",
        "hard negative: medicine question, amitriptyline side effect",
    ),
    (
        "Travelling to Spain in February with pregabalin. Do I need a "
        "letter from the GP? Someone said it's a controlled drug now so I "
        "want to get it right.",
        "none",
        "hard negative: medicine question, travelling with pregabalin",
    ),
    (
        "Got my dosette box from Boots this week. Game changer! No more "
        "wondering if I've taken my morning tablets. Anyone else use one?",
        "none",
        "hard negative: medicine routine, dosette box",
    ),
    (
        "Repeat prescription question - does anyone else use the NHS app "
        "to order? Mine keeps saying 'not available' for my gabapentin "
        "even though I've been on it 3 years.",
        "none",
        "hard negative: medicine question, repeat prescription in NHS app",
    ),
    (
        "Pharmacist said I can't take ibuprofen with my new blood pressure "
        "tablets. Anyone know what else I can use for flare-ups? Seeing GP "
        "next week but curious.",
        "none",
        "hard negative: medicine question, ibuprofen interaction",
    ),
    (
        "Switched from co-codamol to the buprenorphine patches last month. "
        "Much steadier pain and no constipation. Patches can be itchy "
        "though. Anyone tried anything for the itch?",
        "none",
        "hard negative: medicine question, patches itch after switching from co-codamol",
    ),
    (
        "Is it normal to feel dizzy when you start duloxetine? Day 4. GP "
        "said it might settle after a couple of weeks.",
        "none",
        "hard negative: medicine question, duloxetine dizziness",
    ),
    (
        "Quick one: can you have a glass of wine on Christmas day if "
        "you're on tramadol? Not bothered either way, just wondering "
        "before I ask the pharmacist.",
        "none",
        "hard negative: medicine question, tramadol and alcohol",
    ),
    (
        "Coming off gabapentin slowly with my GP. Week 3 of reducing. Bit "
        "of a headache but sleeping better than I expected. Anyone else "
        "done it?",
        "none",
        "hard negative: medicine routine, tapering gabapentin with GP",
    ),
    (
        "The surgery has moved my medication review to a phone call. Any "
        "tips for what to ask? I always forget everything once they're "
        "talking.",
        "none",
        "hard negative: medicine question, medication review tips",
    ),
    (
        "Heat patches from Boots vs the Aldi ones - are the expensive ones "
        "worth it? Going through a box a week at the moment with the cold.",
        "none",
        "hard negative: innocent 'patches' (heat patches)",
    ),
    (
        "Capsaicin cream - my pain consultant suggested it for my nerve "
        "pain. Apparently it stings like mad for the first few days? "
        "Anyone used it?",
        "none",
        "hard negative: medicine question, capsaicin cream",
    ),
    (
        "Does anyone's pharmacy do the repeat delivery service? Mine's "
        "just stopped it and I can't get down there easily.",
        "none",
        "hard negative: medicine routine, pharmacy delivery stopped",
    ),
    (
        "Question for the migraine lot: how many days a month is too many "
        "for triptans? I think I'm relying on them a bit much. Seeing the "
        "GP Wednesday to talk about a preventer.",
        "none",
        "hard negative: medicine question, triptan frequency",
    ),
    (
        "Flying to Turkey in May - how do you carry liquid morphine "
        "(Oramorph) through security? Do they need the box with the label "
        "on?",
        "none",
        "hard negative: medicine question, flying with Oramorph",
    ),
    (
        "My fentanyl patches keep falling off in the shower. Any tips? "
        "Tried the clear covers but they irritate my skin.",
        "none",
        "hard negative: medicine question, fentanyl patches falling off",
    ),
    (
        "Naproxen gives me awful indigestion. GP's added omeprazole. Does "
        "anyone take both? Does it help?",
        "none",
        "hard negative: medicine question, naproxen and omeprazole",
    ),
    (
        "Started sertraline for anxiety about 10 days ago. Bit queasy the "
        "first week but that's settling. GP says give it 6 weeks. Anyone "
        "else on it with fibro?",
        "none",
        "hard negative: medicine routine, started sertraline",
    ),
    (
        "GP won't give me diazepam for back spasms anymore, says it's "
        "short term only now. Physio suggested heat and gentle stretches "
        "instead. Anyone got stretches that help with spasms?",
        "none",
        "hard negative: medicine routine, diazepam stopped by GP",
    ),
    (
        "Just had my annual med review. GP reduced my codeine and added "
        "physio. Feeling positive about it actually.",
        "none",
        "hard negative: medicine routine, codeine reduced at review",
    ),
    (
        "Pharmacy tip: you can ask for easy open lids on your tablets if "
        "you have arthritis. Took me 10 years to find this out!!",
        "none",
        "hard negative: medicine tip, easy open lids",
    ),
    (
        "Just bought a lockable medicine box for when the grandkids stay, "
        "they're at the age where they open everything. Anyone else do "
        "this? Mine's from Argos.",
        "none",
        "hard negative: medicine routine, lockable box for grandkids",
    ),
    (
        "Medicine for the holidays: do I order my repeat early for "
        "Christmas? Surgery closes 24th to 27th and I'll run out on the "
        "26th.",
        "none",
        "hard negative: medicine routine, repeat over Christmas closure",
    ),
    (
        "Boots wanted £9.90 per item for my prescription, I forgot to "
        "renew my prepayment certificate. Renew yours before January folks!",
        "none",
        "hard negative: medicine routine, prepayment certificate",
    ),
    (
        "Physio suggested I take my painkillers 30 mins before my "
        "exercises rather than after. Seems obvious now! Much easier "
        "session today.",
        "none",
        "hard negative: medicine routine, painkillers before exercise",
    ),
    (
        "Three years ago I was in a really dark place with my back, "
        "couldn't see a way forward. Now I'm volunteering at the charity "
        "shop two mornings a week and I've got this lot. Just wanted to "
        "say to the new folk, it does get better.",
        "none",
        "hard negative: past dark place, now volunteering",
    ),
    (
        "This time last year I couldn't walk to the end of my road. Today "
        "I walked to the park and back with the dog. Slowly, with a sit "
        "down on the bench, but I did it. Pacing works, people.",
        "none",
        "hard negative: recovery, walking further than last year",
    ),
    (
        "Before the programme I didn't go out for the best part of a year. "
        "Now I'm out twice a week minimum, the meets, the library and the "
        "pool. Still have bad days but they don't run my life anymore.",
        "none",
        "hard negative: past isolation, now out twice a week",
    ),
    (
        "I remember my first meet, I cried in the car park and nearly "
        "drove off. 18 months later I'm the one doing the welcomes. Funny "
        "how things go.",
        "none",
        "hard negative: past crying in car park, now welcomer",
    ),
    (
        "When I was first diagnosed with fibro I was angry at everything, "
        "my body, the doctors, my family. That was 6 years ago. I'm calmer "
        "now. Still get cross with the DWP mind 😂",
        "none",
        "hard negative: past anger at diagnosis, calmer now",
    ),
    (
        "2 years ago I was on so many tablets I was like a zombie. Worked "
        "with the pain clinic to cut down and I'm on half what I was. "
        "Clearer head, same pain more or less, but I manage it much better.",
        "none",
        "hard negative: recovery, cut down medication",
    ),
    (
        "I used to think my life was over when the CRPS started. "
        "Genuinely. It's been 5 years and I've just been to my daughter's "
        "wedding and danced (sitting down, but danced). Things change.",
        "none",
        "hard negative: past 'thought my life was over', now dancing",
    ),
    (
        "Lowest point for me was winter 2022. Hardly spoke to anyone, "
        "stopped answering the phone. The programme and then this group "
        "turned that right round. I'm chatty now, maybe too chatty, ask my "
        "husband 😂",
        "none",
        "hard negative: past low point and withdrawal, now chatty",
    ),
    (
        "Four years since my spinal surgery went wrong. I was so low for "
        "the first two. The peer support and a good psychologist got me "
        "through. Now I run our group's walk every month.",
        "none",
        "hard negative: past low after surgery, now runs walks",
    ),
    (
        "I was signed off work for 18 months with my back and thought I'd "
        "never go back. Started a phased return in September and I'm doing "
        "3 days a week now. Tired but proud.",
        "none",
        "hard negative: recovery, back to work",
    ),
    (
        "Back when I first got migraines every day I used to hide in a "
        "dark room for days at a time. That was before the preventers and "
        "the pacing. Now it's maybe 4 a month and I know what to do.",
        "none",
        "hard negative: past dark-room migraines, now managed",
    ),
    (
        "A few years back I was in A&E every other month with the pain "
        "because I didn't know what else to do. Haven't been once this "
        "year. Flare plan on the fridge, TENS in the drawer, and the group "
        "on speed dial.",
        "none",
        "hard negative: past A&E visits, none this year",
    ),
    (
        "I don't often share this but I had a breakdown in 2019, the pain "
        "and losing my job all at once. I got help, had counselling, did "
        "the PMP. I'm in a much better place now and I wanted the newer "
        "members to know you can come through it.",
        "none",
        "hard negative: past breakdown, now better place",
    ),
    (
        "New kitchen knife from Lakeland with the chunky handle, I can "
        "actually chop onions again without my hand cramping. Highly "
        "recommend for arthritis.",
        "none",
        "hard negative: innocent 'knife' (ergonomic kitchen knife)",
    ),
    (
        "Anyone play bridge? Our club at the community centre is looking "
        "for new players, Tuesday afternoons. Lovely bunch, good biscuits, "
        "and you're sitting down the whole time.",
        "none",
        "hard negative: innocent 'bridge' (card club)",
    ),
    (
        "Car's in the garage for its MOT tomorrow so I'll be getting the "
        "bus to the meet. Save me a seat near the door!",
        "none",
        "hard negative: innocent 'garage' + 'car' (MOT)",
    ),
    (
        "My pacing plan for December: one big job a day, no more. Tree on "
        "Monday, cards Tuesday, food shop Wednesday... you get the idea. "
        "Anyone else do a plan?",
        "none",
        "hard negative: innocent 'plan' (pacing plan)",
    ),
    (
        "Got my letter from the pain clinic this morning, appointment on "
        "the 9th of January. Only took 7 months. 😂",
        "none",
        "hard negative: innocent 'letter' (appointment letter)",
    ),
    (
        "The train to London was delayed 2 hours but I had a seat and my "
        "book so I wasn't bothered. Saw my son, did a museum in a borrowed "
        "wheelchair, home tonight.",
        "none",
        "hard negative: innocent 'train' + 'tonight'",
    ),
    (
        "Finally made my peace with the walking stick. Picked a purple one "
        "with flowers on. If I'm going to use it, it's going to be "
        "fabulous.",
        "none",
        "hard negative: innocent 'made my peace' (walking stick)",
    ),
    (
        "I've decided! I'm going to try the hydrotherapy pool in January. "
        "Terrified of the changing rooms but the physio says it'll help my "
        "hips.",
        "none",
        "hard negative: innocent 'decided' (hydrotherapy)",
    ),
    (
        "The road outside is being dug up for the fourth time this year. "
        "Can't park on the drive till Friday. Bus it is.",
        "none",
        "hard negative: innocent 'road' (roadworks)",
    ),
    (
        "Skipping rope for my granddaughter's stocking. She's skipping mad "
        "at the moment. I'll turn the end, sitting on the wall.",
        "none",
        "hard negative: innocent 'rope' (skipping rope gift)",
    ),
    (
        "Walked over the Suspension Bridge with my daughter and the dog on "
        "Sunday, first time in years with my knee. Coffee and cake after. "
        "Proper achievement, I was beaming all day.",
        "none",
        "hard negative: innocent 'bridge' (walk with daughter, achievement)",
    ),
    (
        "Popped a note through my neighbour's door to say thanks for "
        "taking my bins out all month. Going to bake her a cake too.",
        "none",
        "hard negative: innocent 'note' (thank-you to neighbour)",
    ),
    (
        "The final of the Christmas quiz at the pub is tonight and our "
        "team is in it! The Slow Coaches. Wish us luck!",
        "none",
        "hard negative: innocent 'final' + 'tonight' (quiz)",
    ),
    (
        "End of an era, the café where we used to meet is closing in "
        "January. Anyone know anywhere else with good access and cheap tea?",
        "none",
        "hard negative: innocent 'end' (cafe closing)",
    ),
    (
        "You're better off buying the big tub of Deep Heat from the pound "
        "shop than the little tube from the chemist, same stuff. Money "
        "saving tip of the day.",
        "none",
        "hard negative: innocent 'better off' (Deep Heat tip)",
    ),
    (
        "My physio says my pacing plan is spot on and I can go down to "
        "seeing her every 3 months. Last appointment of the year today, "
        "felt like a graduation!",
        "none",
        "hard negative: innocent 'last appointment'",
    ),
    (
        "Sorting out my wardrobe and giving the clothes I can't do up "
        "anymore to the hospice shop. Buttons are banned from now on, zips "
        "and pull-ons only.",
        "none",
        "hard negative: giving clothes to charity shop, practical reason",
    ),
    (
        "Anyone know if the lift at Temple Meads is working again? "
        "Catching the train to Cardiff on Saturday for the rugby.",
        "none",
        "hard negative: innocent 'train' (rugby trip)",
    ),
    (
        "Learning the ropes as the new coordinator. Already sent the meet "
        "reminder to the wrong group. Sorry Keynsham lot!",
        "none",
        "hard negative: idiom 'learning the ropes' as coordinator",
    ),
    (
        "Grandkids have gone home after 4 days. The house is a bomb site "
        "but I've got a bit of peace and quiet and a cup of tea that's "
        "actually hot.",
        "none",
        "hard negative: innocent 'peace and quiet'",
    ),
    (
        "First hydrotherapy session done! The water was lovely and warm, "
        "like a bath. Moved my hips more in 30 mins than I have all month. "
        "Sleepy now.",
        "none",
        "hard negative: innocent 'water' (hydrotherapy session)",
    ),
]
