"""Hard negatives: news that reads like crime or violence but reports no violent incident.

Each template is one article: its first line is the headline, the rest the body
(joined into one paragraph); slots in braces are filled by make_hardset.py.
"""

NEGATIVE = {
    "fraud": [
        """\
        Former {company} finance chief convicted of ${amount} embezzlement scheme
        A federal jury in {city} on {day} convicted {m}, {age}, the former chief financial
        officer of {company}, on {n} counts of wire fraud and embezzlement. Prosecutors said
        {ms} diverted company funds into shell accounts over four years and used the money to
        buy a lake house and two boats. "This was a calculated betrayal of the people who
        trusted him," Assistant U.S. Attorney {f} told jurors in closing arguments. {ms}'s
        attorney said his client would appeal. Sentencing is set for {month}; each count carries
        up to 20 years in prison.
        """,
        """\
        Bookkeeper jailed for stealing £{amount} from {town} charity
        A bookkeeper who stole more than £{amount} from a {town} children's charity to fund
        holidays and online gambling has been jailed for {years} years. {f}, {age}, admitted
        fraud by abuse of position at {town} Crown Court. The court heard she made hundreds of
        small transfers into her own account, disguising them as payments to suppliers. Judge
        {m} said the charity had been left close to collapse. A trustee said in a statement that
        volunteers felt "utterly let down". Proceedings to recover the money under the Proceeds
        of Crime Act will follow.
        """,
        """\
        {county} County couple charged in Medicaid billing fraud
        A {city} couple who ran a home health agency were charged {day} with billing Medicaid
        for visits that never took place, the {state} attorney general's office announced. {m}
        and {f}, both {age}, are accused of submitting more than {n},000 false claims worth
        about ${amount}. Investigators said some patients listed on the claims had moved out of
        state. The pair were released on their own recognizance and are due back in court next
        month. Their lawyer declined to comment.
        """,
        """\
        Investment adviser pleads guilty to Ponzi scheme
        A {city} investment adviser pleaded guilty {day} to running a Ponzi scheme that took in
        ${amount} from retirees, many of them members of his church. {m}, {age}, admitted
        securities fraud in federal court and agreed to forfeit his home. According to the plea
        agreement, {ms} promised returns of 12 percent a year and paid earlier investors with
        money from new ones. One victim, a retired teacher, told reporters she had lost her life
        savings. U.S. District Judge {f} will sentence him in {month}.
        """,
        """\
        Councillor guilty of expenses fraud
        A former {town} councillor has been found guilty of fiddling his expenses after claiming
        mileage for meetings he never attended. {m}, {age}, was convicted of {n} counts of fraud
        following a week-long trial. Jurors heard he claimed for journeys to council meetings
        while he was on holiday in Spain. He will be sentenced next month. The council's chief
        executive said procedures had since been tightened.
        """,
        """\
        Estate agent admits mortgage fraud
        An estate agent from {town} has admitted helping buyers obtain mortgages worth more than
        £{amount} using forged payslips. {m}, {age}, pleaded guilty at {town} Crown Court on
        {day} to conspiracy to commit fraud. He was released on bail and will be sentenced in
        {month}. The judge warned him that a custodial sentence was likely.
        """,
    ],
    "drugs": [
        """\
        Two arrested after cannabis factory found in {town} house
        Two men have been arrested after police found a cannabis factory with more than {n}00
        plants in a terraced house in {town}. Officers from {force} executed a warrant at the
        property on {street} on {day} morning. The men, aged {age} and {age2}, were arrested on
        suspicion of producing a controlled drug and abstracting electricity. Detective Sergeant
        {f} said: "Drug cultivation blights our communities and we will continue to act on
        information from the public." Both have been released on bail.
        """,
        """\
        Traffic stop leads to meth possession charges
        A {city} man faces drug charges after a traffic stop on Interstate 40 {day} night,
        according to the {county} County Sheriff's Office. Deputies pulled over {m}, {age}, for
        an expired tag and a K-9 alerted on the vehicle. A search turned up about {n} ounces of
        methamphetamine, digital scales and ${amount} in cash. {ms} was booked into the county
        jail on possession with intent to distribute. Bond was set at $25,000.
        """,
        """\
        Judge sentences {city} pharmacist in opioid diversion case
        A former {city} pharmacist was sentenced {day} to {years} years in federal prison for
        illegally dispensing oxycodone without valid prescriptions. {f}, {age}, pleaded guilty
        earlier this year. Prosecutors said she filled thousands of fraudulent prescriptions and
        sold pills out of the back door of the pharmacy. The Drug Enforcement Administration
        revoked her registration. Her attorney asked for probation, citing her cooperation.
        """,
        """\
        Festival-goers caught with drugs fined
        Police said {n}0 people were caught with drugs at the weekend's music festival near
        {town}, most of them with small amounts of cannabis and ecstasy. Most were given
        cautions or on-the-spot fines. A spokesman for {force} said the event had passed off
        peacefully and praised the organisers. Medical staff treated a handful of people for
        heat exhaustion.
        """,
        """\
        Police seize cocaine worth £{amount} in motorway stop
        Officers seized cocaine with an estimated street value of £{amount} after stopping a
        lorry on the M{n} near {town} on {day}. The driver, a {age}-year-old man from {region},
        was arrested on suspicion of importing class A drugs. He has been charged and remanded
        in custody ahead of a hearing at {town} Magistrates' Court. {force} said the seizure
        would "take a significant amount of drugs off our streets".
        """,
        """\
        Man arrested after police raid finds heroin, cash
        A {city} man was arrested {day} after narcotics officers raided his home on {street} and
        found heroin, packaging materials and ${amount} in cash, police said. {m}, {age}, is
        charged with trafficking and maintaining a drug house. He was booked into the {county}
        County jail. Police said the raid followed complaints from neighbors about heavy foot
        traffic.
        """,
    ],
    "civil_court": [
        """\
        Jury awards ${amount} in {company} contract dispute
        A {county} County jury on {day} ordered {company} to pay ${amount} to a former supplier
        after finding the company broke a five-year contract. The supplier argued that {company}
        cancelled orders without notice to move production overseas. "We're gratified the jury
        saw through it," said attorney {f}. A spokesman for {company} said the firm disagreed
        with the verdict and was weighing an appeal.
        """,
        """\
        High Court rules against landlord in tenancy case
        A landlord who tried to evict tenants from a block of flats in {town} without proper
        notice has lost his case at the High Court. Judge {f} ruled that the notices served by
        {m} were invalid and ordered him to pay the tenants' legal costs. The tenants'
        association said the ruling would give renters across {region} more confidence to
        challenge unfair evictions.
        """,
        """\
        Supreme Court hears water rights case
        The {state} Supreme Court heard arguments {day} in a long-running dispute between
        farmers and the city of {city} over groundwater rights. Farmers say the city's new wells
        have lowered the water table and dried up irrigation ponds. The city argues it has held
        the rights since the 1950s. A decision is expected by {month}.
        """,
        """\
        Singer wins libel case against tabloid
        Singer {f} has won her libel action against a tabloid newspaper over articles that
        claimed she had faked an illness to cancel a tour. The judge found the articles were
        "seriously defamatory" and awarded her damages of £{amount}. Outside court, she said she
        was relieved and thanked her fans for their support. The newspaper said it was
        considering an appeal.
        """,
        """\
        Divorce settlement battle reaches appeal court
        A businessman and his former wife have taken their dispute over a divorce settlement to
        the Court of Appeal. {m}, {age}, argues that a family court judge overvalued his shares
        in {company}. Lawyers for {f} told the court the shares had been deliberately
        undervalued. Judgment was reserved.
        """,
        """\
        School district sued over special education services
        Parents of {n} students have sued the {city} school district, claiming it failed to
        provide special education services required by federal law. The lawsuit, filed {day} in
        U.S. District Court, seeks an independent monitor. District spokeswoman {f} said the
        district does not comment on pending litigation.
        """,
        """\
        Neighbours' boundary row ends in court
        A dispute between neighbours over a hedge and a strip of land just two feet wide has
        ended up in court, with legal costs now exceeding £{amount}. Judge {f} ruled in favour
        of {m}, whose family has lived in the house on {street} in {town} since 1974. The losing
        side said they were considering an appeal.
        """,
        """\
        Judge blocks state's new voting rules
        A federal judge in {city} on {day} blocked new voting rules in {state}, ruling that they
        placed an unfair burden on elderly and disabled voters. The state attorney general said
        he would appeal the ruling to the circuit court.
        """,
    ],
    "nonviolent_crime": [
        """\
        Burglars steal jewellery from empty {town} home
        Police are appealing for witnesses after burglars broke into a house on {street} in
        {town} while the owners were on holiday. Jewellery and a safe containing £{amount} in
        cash were taken. Officers believe the break-in happened between {day} and {day2}. Nobody
        was at home. Anyone with information should call {force} on 101.
        """,
        """\
        Thieves target catalytic converters in {city}
        {city} police say more than {n}0 catalytic converters have been stolen from parked cars
        in the past month, mostly overnight in apartment parking lots. Thieves can saw off the
        part in under two minutes and sell it for its precious metals. Detective {m} urged
        residents to park in well-lit areas and report suspicious activity.
        """,
        """\
        Teen charged with hacking school computer system
        A {age}-year-old has been charged with computer crimes after police say he hacked into
        the {city} school district's grading system and changed grades for himself and several
        friends. The breach was discovered when a teacher noticed the changes. No personal data
        was stolen, district officials said.
        """,
        """\
        Shoplifter banned from every store in town centre
        A prolific shoplifter has been banned from every shop in {town} town centre after
        stealing meat, razors and alcohol worth more than £{amount}. {m}, {age}, was given a
        criminal behaviour order by magistrates on {day}. He admitted {n} counts of theft. Shop
        owners welcomed the order.
        """,
        """\
        Vandals damage war memorial
        Graffiti has been sprayed on the war memorial in {town}, leaving residents "disgusted".
        The damage was discovered on {day} morning. Council workers spent the day cleaning the
        stone. {force} said it was treating the incident as criminal damage and reviewing CCTV.
        """,
        """\
        Police warn of phone scam targeting elderly
        The {county} County Sheriff's Office is warning residents about callers who pose as
        deputies and demand payment for missed jury duty. At least {n} people have lost money,
        including a {old}-year-old woman who paid ${amount} in gift cards. "We will never call
        you and ask for payment over the phone," Sheriff {m} said.
        """,
        """\
        Man charged with stealing from employer
        A {age}-year-old warehouse worker was arrested {day} and charged with stealing more than
        ${amount} worth of electronics from his employer in {city}, police said. Investigators
        said {m} loaded boxes into his truck at the end of his shifts over several months. He
        was released after posting bond. The company has fired him.
        """,
        """\
        Two charged over counterfeit goods
        Two men have been charged after trading standards officers seized fake designer clothing
        and handbags worth £{amount} from a unit in {town}. {m}, {age}, and {m2}, {age2}, were
        arrested on {day} and charged with offences under the Trade Marks Act. They will appear
        before magistrates next month.
        """,
        """\
        Police arrest suspect in string of car break-ins
        Police in {city} have arrested a {age}-year-old man they say is responsible for more
        than {n}0 car break-ins in downtown parking garages. Detectives identified {m} from
        surveillance video and a fingerprint left on a window. He faces burglary of a vehicle
        and theft charges. Officers recovered laptops and sunglasses from his apartment.
        """,
        """\
        Woman jailed for benefit fraud and identity theft
        A woman who used stolen identities to claim benefits has been jailed for {years} years.
        {f}, {age}, of {town}, claimed £{amount} over six years. Investigators found dozens of
        fake documents at her home when officers arrested her last {month}.
        """,
        """\
        Sheriff: man arrested for stealing copper wire from substation
        A {city} man was arrested {day} after deputies say he stole copper wire from an electric
        substation, causing a brief power outage for hundreds of customers. {m}, {age}, faces
        charges of theft and criminal mischief, according to the {county} County Sheriff's
        Office. Deputies found about 300 pounds of wire in the bed of his pickup. He remains in
        the county jail on a $10,000 bond.
        """,
        """\
        Former city clerk indicted on forgery charges
        A former {city} city clerk was indicted {day} on {n} counts of forgery and tampering
        with public records. Prosecutors allege {f}, {age}, altered permit records to benefit a
        relative's business. She turned herself in and was released. Her attorney said she would
        plead not guilty.
        """,
        """\
        Police: man used fake checks at {n} banks
        Police say a {age}-year-old man passed counterfeit checks at {n} banks in {city} over
        two weeks before a teller recognized him. {m} was arrested at a branch on {street} on
        {day} and charged with forgery and theft by deception. Detectives believe others may be
        involved.
        """,
    ],
    "traffic_accident": [
        """\
        Driver dies after car leaves road and hits tree
        A {age}-year-old man died after his car left the road and hit a tree on the A{n}0 near
        {town} in the early hours of {day}. {force} said no other vehicles were involved. The
        road was closed for several hours while collision investigators examined the scene.
        Officers have appealed for anyone with dashcam footage to come forward. His family has
        been informed.
        """,
        """\
        Two killed in head-on crash on Highway {n}0
        Two people were killed and three others injured in a head-on collision on Highway {n}0
        north of {city} {day} evening, the {state} Highway Patrol said. Troopers said a pickup
        truck drifted across the center line in heavy rain and struck an SUV. The drivers, {m},
        {age}, and {f}, {age2}, died at the scene. Passengers were taken to a hospital in
        {city}. Alcohol is not believed to be a factor.
        """,
        """\
        Pedestrian killed by bus in town centre
        A woman has died after being hit by a bus in {town} town centre on {day} afternoon.
        Paramedics treated her at the scene but she died later in hospital. The bus driver
        stopped and is helping police with their inquiries. {force} said the collision was a
        tragic accident and asked witnesses to get in touch.
        """,
        """\
        Multi-vehicle pileup in fog closes interstate
        A chain-reaction crash involving more than {n}0 vehicles in dense fog closed both
        directions of the interstate near {city} for most of {day}. One person died and dozens
        were taken to hospitals, most with minor injuries. State police said visibility dropped
        to less than 50 feet. Tow crews worked into the night.
        """,
        """\
        Cyclist seriously hurt in collision with van
        A cyclist was taken to hospital with serious injuries after a collision with a van on
        {street} in {town} on {day} morning. The van driver, a man in his {age}s, stopped at the
        scene. No arrests have been made. Police said the junction has been the subject of
        complaints from residents for years.
        """,
        """\
        Teen driver charged after crash kills passenger
        A {age}-year-old driver has been charged with vehicular manslaughter after a crash that
        killed his passenger, the {county} County prosecutor said. Police say he was driving
        nearly 90 mph on a rural road when he lost control on a curve. The passenger, a
        classmate, was thrown from the car. Friends held a candlelight vigil at the high school.
        """,
        """\
        Lorry overturns on motorway, closing road for hours
        A lorry overturned on the M{n} near {town} on {day}, closing the carriageway for eight
        hours. The driver was taken to hospital with minor injuries. National Highways said the
        load of timber had to be cleared before the road could reopen. Drivers faced long
        delays.
        """,
        """\
        Boy, {kid}, killed after being struck by car near school
        A {kid}-year-old boy died {day} after he was struck by a car while crossing the road
        near his school in {city}, police said. The driver, a {age}-year-old woman, stayed at
        the scene and is cooperating with investigators. Police said she was not speeding and no
        charges are expected. Counselors will be at the school this week.
        """,
        """\
        Train hits car on level crossing
        A driver escaped with minor injuries after a train hit his car on a level crossing near
        {town} on {day}. Network Rail said the barriers were working. British Transport Police
        said the crash was not being treated as suspicious.
        """,
        """\
        Motorcyclist dies in crash on rural road
        A {age}-year-old motorcyclist died {day} after losing control on a curve on a rural road
        north of {city}, the sheriff's office said. Deputies said he was not wearing a helmet.
        No other vehicles were involved and the crash remains under investigation.
        """,
        """\
        Driver jailed for causing death by careless driving
        A driver who was looking at his phone when he hit and killed a pedestrian in {town} has
        been jailed for {years} years. {m}, {age}, admitted causing death by careless driving.
        The victim, a retired nurse, was crossing at a zebra crossing. Her family said no
        sentence could bring her back.
        """,
        """\
        Three killed as light aircraft crashes
        Three people were killed when a light aircraft crashed in a field shortly after taking
        off from a small airfield near {city} on {day}. The Federal Aviation Administration and
        the National Transportation Safety Board are investigating. Witnesses said the engine
        sputtered before the plane went down.
        """,
    ],
    "fire": [
        """\
        Elderly woman dies in house fire
        An {old}-year-old woman has died in a fire at her home in {town}. Firefighters were
        called to the bungalow on {street} at about 02:00 on {day} and found her in the living
        room. The fire service said the blaze was accidental and probably started by an electric
        heater placed too close to a sofa. Neighbours described her as a kind woman who had
        lived there for 50 years.
        """,
        """\
        Family escapes as fire destroys {city} home
        A family of five escaped without injury when fire tore through their home on {street} in
        {city} early {day}. Fire Chief {m} said smoke alarms woke the parents, who got the
        children out before flames spread to the roof. The cause appears to be an electrical
        fault in the garage. The Red Cross is helping the family.
        """,
        """\
        Blaze at warehouse sends smoke across town
        Around {n}0 firefighters tackled a large fire at a warehouse on an industrial estate in
        {town} on {day}. Residents were told to keep windows and doors closed as thick black
        smoke drifted across the town. Nobody was hurt. An investigation into the cause is under
        way.
        """,
        """\
        Wildfire forces evacuations near {city}
        A fast-moving wildfire has burned more than {n},000 acres near {city}, forcing
        evacuations of several hundred homes. Fire officials said gusty winds and low humidity
        drove the flames. Two firefighters suffered minor burns. The cause is under
        investigation, though officials said lightning was likely.
        """,
        """\
        Two children die in apartment fire
        Two children died and their mother was critically injured in an apartment fire in {city}
        {day} night, fire officials said. Firefighters found the children, ages {kid} and 4, in
        a back bedroom. Investigators said the fire began in the kitchen and appears accidental.
        Neighbors said they tried to get in but were driven back by smoke.
        """,
        """\
        Man dies in caravan fire
        A man has died after a fire broke out at a caravan park near {town} in the early hours
        of {day}. The fire service said a gas heater was thought to have caused the blaze, and
        it was not being treated as suspicious. Neighbours tried to break in through a window
        but were beaten back by the flames.
        """,
        """\
        Firefighters battle blaze at historic church
        Flames tore through the roof of a historic church in {city} {day} night. More than {n}0
        firefighters fought the fire, which began during renovation work. No one was injured.
        Parishioners gathered across the street, some in tears.
        """,
        """\
        Fire crews rescue man from burning flat
        Firefighters rescued a man from a burning flat in {town} on {day} night. He was taken to
        hospital suffering from smoke inhalation. The fire is believed to have started in the
        kitchen after a pan was left on the hob. The fire service urged people never to cook
        after drinking alcohol.
        """,
    ],
    "industrial_accident": [
        """\
        Worker killed in fall at construction site
        A construction worker died after falling from scaffolding at a building site in {town}
        on {day}. The man, aged {age}, fell about 30 feet. The Health and Safety Executive has
        launched an investigation. The site's contractor said it was cooperating fully and that
        work had been suspended.
        """,
        """\
        OSHA fines plant after explosion injures workers
        Federal regulators have fined a {city} chemical plant ${amount} after a dust explosion
        in {month} injured {n} workers. The Occupational Safety and Health Administration said
        the company failed to clean up combustible dust and had no proper ventilation. The
        company said it has since upgraded its equipment.
        """,
        """\
        Farmer crushed by tractor
        A farmer has died after being crushed by his tractor on a farm near {town}. Emergency
        services were called on {day} afternoon. The HSE is investigating. Friends said he had
        farmed the land for four decades.
        """,
        """\
        Miners rescued after roof collapse
        {n} miners were rescued after part of a tunnel roof collapsed at a mine near {city} on
        {day}. They were trapped for nearly six hours. Two were treated for broken bones. State
        mine inspectors are looking into the cause.
        """,
        """\
        Gas explosion levels house; man hurt
        A gas explosion destroyed a house on {street} in {city} {day} morning and damaged
        neighboring homes, fire officials said. A {age}-year-old man inside was pulled from the
        rubble with serious burns. The utility company said a leaking line was to blame.
        """,
        """\
        Crane collapse injures two workers
        Two workers were injured when a crane collapsed at a building site in {town} on {day}.
        The Health and Safety Executive is investigating. The developer said work had been
        stopped on the site.
        """,
    ],
    "natural_disaster": [
        """\
        Tornado kills {n} in {state}
        A tornado tore through {county} County on {day} evening, killing {n} people and
        destroying dozens of homes, emergency officials said. The National Weather Service
        estimated winds of up to 160 mph. Governor {f} declared a state of emergency. Volunteers
        spent the next morning searching rubble for survivors.
        """,
        """\
        Floods: residents rescued by boat
        Firefighters used boats to rescue residents from flooded homes in {town} after a month's
        rain fell in 24 hours. The Environment Agency issued {n} severe flood warnings across
        {region}. A man in his {age}s died after his car was swept away at a ford. Rest centres
        were opened for families forced from their homes.
        """,
        """\
        Earthquake strikes off the coast
        A magnitude 6.{n} earthquake struck off the coast on {day}, shaking buildings and
        sending residents into the streets. There were no immediate reports of deaths. Officials
        lifted a tsunami warning after two hours.
        """,
        """\
        Heatwave deaths rise to {n}0
        Health officials say the heatwave is now linked to at least {n}0 deaths, most of them
        elderly people living alone. Cooling centers in {city} stayed open overnight.
        Temperatures are forecast to ease by the weekend.
        """,
        """\
        Storm brings down trees, one dead
        A man was killed when a tree fell on his car as a storm brought winds of up to 80mph to
        {region} on {day}. Thousands of homes were left without power. The Met Office had issued
        an amber warning.
        """,
    ],
    "sport_shot": [
        """\
        {city} {team} shoot past {team2} in overtime
        {m} hit a three-pointer with four seconds left in overtime as the {team} beat the
        {team2} 88-85 on {day} night. {ms} shot 9-of-14 from the field and finished with {n}1
        points. "We just kept shooting," coach {m2} said. "The kids were fired up from the
        opening tip." The {team} host their rivals on Friday.
        """,
        """\
        {club} win penalty shootout to reach cup final
        {club} are through to the final after beating {club2} 5-4 in a penalty shootout
        following a 1-1 draw. {m} struck a sweet half-volley to put the hosts ahead before the
        break, but the visitors levelled when a long-range shot took a deflection. Goalkeeper
        {m2} was the hero in the shootout, saving twice. "The lads were brilliant," said the
        manager.
        """,
        """\
        {ms} killed it on the final day, says coach
        Golfer {m} shot a final-round 64 to win by three strokes on {day}. "He absolutely killed
        it out there," his coach said. "Every shot he hit was on the flag." {ms}, {age}, had
        been four shots behind at the start of the day. It is his fourth title on the tour.
        """,
        """\
        {team} attack overwhelms defence in 42-7 rout
        The {team} put on an attacking clinic on {day}, scoring six touchdowns in a 42-7 rout of
        the {team2}. Quarterback {m} threw for 310 yards and was sacked only once. "Our defense
        got killed on the edge," the losing coach admitted. "They beat us up front all night."
        """,
        """\
        {club} striker shot-shy no longer
        After a goal drought of {n} matches, {m} finally found the net twice as {club} beat
        {club2} 3-0. The striker fired home from close range in the first half and then struck a
        curling shot into the top corner. "He was shooting on sight," his manager said. "That
        will do his confidence the world of good."
        """,
        """\
        Biathlon: {f} shoots clean to take gold
        {f} shot clean in all four stages of the range to win the women's pursuit on {day}. The
        {age}-year-old missed no targets and crossed the line {n} seconds clear. "When I hit the
        last target I knew it was over," she said.
        """,
        """\
        Boxer vows to 'destroy' rival at weigh-in
        Heavyweight {m} promised to "destroy" his opponent after the pair had to be separated at
        a tense weigh-in on {day}. Security stepped in as the fighters exchanged words. "I'm
        going to knock him out in three," {ms} said. The bout is scheduled for 12 rounds.
        """,
        """\
        Clay shooting club celebrates 50 years
        A clay pigeon shooting club near {town} celebrated its 50th anniversary with an open day
        on {day}. Members, who range in age from {kid} to {old}, showed visitors how to handle a
        shotgun safely. The club's chairman said the sport was growing in popularity among women
        and young people.
        """,
        """\
        Hockey: {team} goalie stops {n}0 shots in shutout
        Goaltender {m} stopped all {n}0 shots he faced as the {team} blanked the {team2} 3-0.
        The {team} killed off four penalties, including a five-on-three. "Our penalty kill was
        outstanding," the coach said.
        """,
        """\
        {ms}'s late strike sinks {club2}
        {m} fired a stunning late winner as {club} came from behind to beat {club2} 2-1. The
        visitors had taken the lead through a deflected shot, but the hosts attacked
        relentlessly after the break. "We killed them in the second half," the manager said.
        "The boys were fired up and it showed."
        """,
        """\
        Basketball: {team} hold off {team2} despite cold shooting
        The {team} shot just 38 percent from the field but still beat the {team2} 71-65 on
        {day}. {m} scored {n}2 points and blocked four shots. "We couldn't buy a basket," he
        said. "But our defense killed it tonight."
        """,
        """\
        Snooker: {ms} fires in century to reach semi-finals
        {m} fired in a superb century break as he beat {m2} 13-{n} to reach the semi-finals. The
        {age}-year-old potted a difficult long red under pressure in the final frame. "That shot
        won me the match," he said.
        """,
        """\
        Tennis: {f} survives tiebreak shootout
        {f} won a tense tiebreak shootout to beat {f2} 7-6 7-6 and reach the quarter-finals on
        {day}. She hit {n} aces and won the decisive point with a forehand winner down the line.
        "I was so fired up," she said afterwards.
        """,
        """\
        Cricket: bowler takes five as batsmen slaughtered
        {m} took five wickets as {club} slaughtered {club2} by an innings. The visitors were
        bowled out for 112 after their top order was blown away in the morning session. One
        batsman was struck on the helmet but was able to continue after treatment.
        """,
        """\
        Shooting: {f} hits target for Olympic place
        Sport shooter {f} secured her place at the Olympics with a near-perfect score in the 10m
        air rifle final on {day}. The {age}-year-old, who took up the sport at a club in {town},
        said she had dreamed of it since childhood.
        """,
    ],
    "business_words": [
        """\
        Regulator kills {company} takeover deal
        The competition watchdog has killed {company}'s proposed takeover of a rival, saying the
        deal would have pushed up prices for consumers. Shares in {company} fell {n} percent.
        Chief executive {f} said she was disappointed and would consider her options. Analysts
        said the decision was a blow to the firm's growth strategy.
        """,
        """\
        Bloodbath on the markets as stocks plunge
        Stocks suffered their worst day in months on {day}, with the Dow shedding more than
        {n}00 points in what one trader called "a bloodbath". Tech shares were hit hardest.
        Investors were spooked by inflation figures. "People are shooting first and asking
        questions later," said {m}, a strategist at a {city} investment firm.
        """,
        """\
        {company} slashes 1,{n}00 jobs
        {company} is to cut 1,{n}00 jobs as part of a restructuring that will close two
        factories. Unions said the move was a "hammer blow" for workers. The company said demand
        had collapsed and it needed to slash costs to survive.
        """,
        """\
        Start-up founder: 'We're killing it'
        Six months after launching, {city}-based delivery start-up founded by {f} says it is
        "absolutely killing it", with orders up tenfold. The firm has raised ${amount} from
        investors and plans to hire {n}0 staff. "Our competitors didn't see us coming," she
        said.
        """,
        """\
        {company} boss axed after profit warning
        {company} has axed its chief executive, {m}, after a third profit warning in a year.
        Shares have collapsed by {n}0 percent. Investors said he had to go after a disastrous
        expansion. The board said it would "fire up" the search for a successor immediately.
        """,
        """\
        Airline fires back at regulator in pricing war
        {company} fired back at the competition regulator on {day}, accusing it of "attacking"
        the company's low-fare model. The watchdog has threatened to block a merger that it says
        would kill competition on {n} routes. Shares fell sharply.
        """,
    ],
    "obituary": [
        """\
        {f}, community pillar, dies at {old}
        {f}, who ran the {city} food pantry for three decades, died peacefully at home on {day},
        surrounded by her family. She was {old}. Born in {state}, she worked as a school
        secretary before founding the pantry in a church basement. She is survived by {n}
        children and 11 grandchildren. A memorial service will be held Saturday.
        """,
        """\
        Tributes paid to former mayor
        Tributes have been paid to a former mayor of {town}, {m}, who has died aged {old} after
        a short illness. Colleagues remembered him as a tireless campaigner for the town's
        hospital. The council flag flew at half mast on {day}.
        """,
        """\
        Obituary: {m}, veteran and coach
        {m}, {old}, of {city}, passed away {day} after a long battle with cancer. He served in
        the Army and later coached youth baseball for 25 years. Services will be held at St.
        Mary's Church; in lieu of flowers, the family asks for donations to the cancer society.
        """,
        """\
        Actor {m} dies aged {old}
        Actor {m}, best known for playing a hard-boiled detective in a long-running crime drama,
        has died aged {old}, his agent said. He died in hospital following a stroke. Co-stars
        described him as generous and funny. He is survived by his wife and two daughters.
        """,
        """\
        Local baker {m} remembered
        {m}, whose bakery on {street} in {town} served the same family recipes for 40 years, has
        died at the age of {old}. He died in his sleep at a nursing home. His daughter said he
        had "enjoyed a long and happy life".
        """,
    ],
    "police_community": [
        """\
        Police host 'Coffee with a Cop' in {city}
        Residents sat down with officers over coffee and doughnuts at a {city} diner on {day} as
        part of the department's community outreach. Chief {m} said the events help build trust.
        Topics ranged from speeding on {street} to parking downtown.
        """,
        """\
        New police station opens in {town}
        A new police station has opened in {town}, bringing {n}0 officers under one roof. The
        chief constable of {force} said the building would improve response times. The old
        station, built in 1962, will be sold.
        """,
        """\
        Sheriff's office budget approved
        {county} County commissioners approved a ${amount} budget for the sheriff's office on
        {day}, including money for body cameras and {n} new deputies. Sheriff {m} said the
        department had struggled to fill shifts.
        """,
        """\
        Officers swap patrol cars for bikes
        Police officers in {town} will patrol on bicycles this summer in an effort to be more
        visible. Inspector {f} said the aim was to reassure residents and tackle anti-social
        behaviour. The scheme was welcomed by local shopkeepers.
        """,
        """\
        Police and firefighters face off in charity football match
        Officers from {force} took on the fire service in a charity football match in {town} on
        {day}, raising £{amount} for a children's hospice. The firefighters won 4-3 after a
        penalty shootout. Chief Inspector {m} said it was "all in good spirit".
        """,
        """\
        Officer retires after 30 years on the beat
        Sergeant {f} has retired after 30 years with the {city} Police Department. Colleagues
        lined up outside headquarters on {day} to applaud her last shift. She said the best part
        of the job had been working with young people.
        """,
        """\
        Police dog retires after eight years
        Police dog Max has retired after eight years with {force}, during which he helped find
        missing people and track down burglars. His handler, PC {m}, will keep him as a family
        pet.
        """,
    ],
    "gun_politics": [
        """\
        Lawmakers debate concealed carry bill
        The {state} House debated a bill on {day} that would allow adults to carry a concealed
        handgun without a permit. Supporters said the measure protects Second Amendment rights;
        opponents, including several police chiefs, said permits ensure training. The bill
        passed {n}0-40 and now goes to the Senate.
        """,
        """\
        Gun show draws crowds despite rain
        Thousands of visitors attended the annual gun show at the {city} fairgrounds over the
        weekend. Vendors said sales of hunting rifles were brisk. Organisers said background
        checks were carried out on all sales by licensed dealers.
        """,
        """\
        Council votes on gun buyback funding
        The {city} city council voted {day} to fund a gun buyback program, offering gift cards
        for unwanted firearms. Council member {f} said the program would take guns out of homes.
        Critics called it a waste of money.
        """,
        """\
        Poll: support for background checks grows
        A new poll finds {n}0 percent of {state} voters support universal background checks for
        gun purchases, up from last year. The survey of 1,000 likely voters was conducted by a
        university polling center. Gun-rights groups dismissed the results.
        """,
        """\
        Governor signs red flag law
        Governor {f} signed a red flag law on {day} that lets courts temporarily remove firearms
        from people judged a danger to themselves or others. Gun-rights groups said they would
        challenge the law. Supporters said it would save lives.
        """,
    ],
    "entertainment": [
        """\
        Review: gripping crime drama returns
        The second series of the detective drama opens with a body in a canal and a detective,
        played by {f}, haunted by an old case. The writing is sharp and the murder mystery
        twists satisfyingly. Fans of the genre will be gripped.
        """,
        """\
        Thriller author's new novel tops chart
        {m}'s latest thriller, about a hitman who wants to retire, has gone straight to number
        one. The novel follows a killer hired for one last job. {ms} said he wrote it in three
        months in a shed at the bottom of his garden.
        """,
        """\
        Video game sequel breaks sales records
        The latest instalment of the shooter franchise sold {n} million copies in its first
        week. Players battle through a war-torn city. Critics praised its online modes.
        """,
        """\
        Podcast revisits unsolved mystery
        A new podcast series explores the disappearance of a lighthouse keeper more than a
        century ago. Host {f} interviews historians and descendants. Critics have praised its
        atmosphere.
        """,
    ],
    "health": [
        """\
        Flu outbreak kills {n} at care home
        {n} residents of a care home in {town} have died during a flu outbreak, health officials
        said. The home has been closed to visitors. Public health teams are offering
        vaccinations to staff.
        """,
        """\
        Overdose deaths fell last year, report says
        Drug overdose deaths in {state} fell by {n} percent last year, according to a state
        health department report released {day}. Officials credited wider use of naloxone.
        Fentanyl was still involved in most deaths.
        """,
        """\
        Measles cases rise in {city}
        Health officials in {city} have confirmed {n} new cases of measles, bringing the total
        this year to 31. Most were in unvaccinated children.
        """,
        """\
        Hospital warns of rise in E. coli cases
        Doctors at a {city} hospital are warning of a rise in E. coli infections after {n}
        children were admitted in a week. Health inspectors are checking restaurants and a
        petting zoo. One child remains in intensive care.
        """,
        """\
        Study: air pollution linked to early deaths
        Air pollution contributes to thousands of early deaths in {region} every year, according
        to a university study. Researchers said the worst-affected areas were near busy roads.
        The council said it was introducing a clean air zone.
        """,
        """\
        Man dies after eating poisonous mushrooms
        A man has died after eating wild mushrooms he picked in woodland near {town}, health
        officials said. Two relatives who shared the meal are recovering in hospital. Experts
        warned foragers not to eat anything they cannot identify with certainty.
        """,
    ],
    "inquest_non_violent": [
        """\
        Inquest told climber died after fall
        An experienced climber died after falling about 60 metres on a mountain, an inquest in
        {town} has heard. {m}, {age}, was climbing with friends when a rock hold gave way. The
        coroner recorded a conclusion of accidental death.
        """,
        """\
        Swimmer drowned after getting into difficulty, inquest hears
        A {age}-year-old man drowned after getting into difficulty while swimming in a reservoir
        near {town} on a hot day, an inquest has heard. Friends tried to reach him. The coroner
        recorded a conclusion of misadventure and urged people not to swim in reservoirs.
        """,
        """\
        Coroner: hospital delays contributed to death
        A coroner has ruled that delays in diagnosing sepsis contributed to the death of a
        {age}-year-old woman at a hospital in {region}. The hospital trust apologised and said
        it had changed its procedures. The family said they hoped lessons had been learned.
        """,
        """\
        Inquest: pensioner died after fall at home
        A {old}-year-old woman died after falling down the stairs at her home in {town}, an
        inquest has heard. Her carer found her the next morning. The coroner recorded a
        conclusion of accidental death.
        """,
        """\
        Coroner records open conclusion in river death
        A coroner has recorded an open conclusion into the death of a {age}-year-old man whose
        body was found in the river in {town}. Police told the inquest there was no evidence of
        third-party involvement. His mother said the family still had unanswered questions.
        """,
    ],
    "missing_found": [
        """\
        Missing hiker found safe after two nights
        A hiker missing for two nights in the mountains near {city} was found alive and in good
        spirits on {day}, search and rescue officials said. {m}, {age}, had taken a wrong turn
        and sheltered under a rock ledge. He was treated for dehydration.
        """,
        """\
        Police thank public after missing teenager returns home
        {force} has thanked the public for sharing its appeal after a {kid}-year-old girl
        reported missing from {town} returned home safe and well. She had been staying with a
        friend.
        """,
        """\
        Body of missing walker found
        Search teams have found the body of a walker who went missing on the hills above {town}
        on {day}. Police said there were no suspicious circumstances and a file would be
        prepared for the coroner. Mountain rescue volunteers had searched for two days.
        """,
    ],
    "remembrance": [
        """\
        Town remembers its war dead
        Hundreds gathered at the memorial in {town} on Sunday to remember the men of the town
        who were killed in two world wars. Wreaths were laid by veterans, cadets and the mayor.
        A two-minute silence was observed.
        """,
        """\
        Veterans mark anniversary of D-Day
        Veterans from {city} joined ceremonies marking the anniversary of the D-Day landings.
        {m}, {old}, recalled friends shot down on the beaches. "I think of them every day," he
        said.
        """,
    ],
    "military": [
        """\
        Army exercise brings helicopters to {town}
        Residents of {town} have been warned of low-flying helicopters and blank gunfire during
        a week-long army training exercise. The Ministry of Defence said the exercise would test
        troops' readiness. Live ammunition would not be used.
        """,
        """\
        Soldiers return home from overseas deployment
        Families gathered at the barracks near {town} on {day} to welcome home {n}00 soldiers
        after a six-month deployment. The commanding officer praised the troops'
        professionalism.
        """,
    ],
    "hunting": [
        """\
        Deer season opens with record license sales
        {state} wildlife officials say hunting license sales are up {n} percent as deer season
        opens this weekend. Officials reminded hunters to wear blaze orange and to check the
        target before taking a shot. Game wardens will patrol state lands.
        """,
    ],
}
