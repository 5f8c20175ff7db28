# Writes set.json: the labelled disagreement set (hand-written wire-style sentences on
# invented events; every place and name is made up). Kept as Python for readable editing.
import json

P = []  # items with disagreements
N = []  # look-alikes that are not


def item(lst, id, sources, expect, published=None):
    d = {"id": id, "sources": sources, "expect": expect}
    if published:
        d["published"] = published
    lst.append(d)


def num(*texts):
    return {"kind": "number", "texts": list(texts)}


def date(*texts):
    return {"kind": "date", "texts": list(texts)}


def quote(*texts):
    return {"kind": "quote", "texts": list(texts)}


def attr(*texts):
    return {"kind": "attribution", "texts": list(texts)}


# ---------------------------------------------------------------- disagreements
item(P, "quake-toll-magnitude", [
    ["A magnitude 6.1 earthquake struck the mountain province of Veltria on Tuesday, killing at least 23 people.",
     "Rescue teams were searching collapsed houses in three villages."],
    ["The 5.8-magnitude quake killed 14 people and injured dozens, the civil protection agency said."],
], [num("at least 23", "14"), num("6.1", "5.8")])
item(P, "flood-words", [
    ["Flash floods in the Karsa valley have left seventeen people dead, local officials said."],
    ["Twelve people died when the river burst its banks overnight."],
], [num("seventeen", "Twelve")])
item(P, "storm-a-child", [
    ["A child was killed when a wall collapsed during the storm in Port Ameline."],
    ["Three people were killed in the storm, police said."],
], [num("A child", "Three")])
item(P, "stampede-injured", [
    ["Dozens were injured in the stampede at the Orvani stadium on Saturday."],
    ["More than 300 people were hurt in the crush, according to the health ministry."],
], [num("Dozens", "More than 300")])
item(P, "suspect-age", [
    ["The suspect, Daniel Morrow, 41, was arrested at his home in Lisle."],
    ["Morrow, 42, has been charged with two counts of murder."],
], [num("41", "42")])
item(P, "dam-distance", [
    ["The dam lies 40 km (25 miles) north of Brevik."],
    ["Engineers were rushed to the dam, about 60 miles from Brevik, overnight."],
], [num("60 miles")])
item(P, "deal-price", [
    ["Halvorsen Group agreed to buy the chipmaker Mirelle for $2.4 billion."],
    ["The deal values Mirelle at $3.1bn, including debt, people familiar with the matter said."],
], [num("$2.4 billion", "$3.1bn")])
item(P, "runoff-share", [
    ["Ms Okafor won 54 percent of the vote in Sunday's runoff."],
    ["Okafor took 58% of the vote, the electoral commission said."],
], [num("54 percent", "58%")])
item(P, "quake-depth", [
    ["The quake struck at a depth of 10 km, the national seismological centre said."],
    ["The tremor was centred 35 kilometres below the surface."],
], [num("10 km", "35 kilometres")])
item(P, "standoff-duration", [
    ["The standoff lasted three hours before police entered the building."],
    ["After a 90-minute standoff, officers stormed the house and detained the man."],
], [num("three hours", "90-minute")])
item(P, "cyclone-wind", [
    ["Winds of up to 180 km/h battered the coast as Cyclone Irusa made landfall."],
    ["The cyclone brought sustained winds of 140 mph to the northern coast."],
], [num("up to 180 km/h", "140 mph")])
item(P, "tariff-start", [
    ["The new tariffs will apply from 1 April, the trade ministry said."],
    ["The ministry said the tariffs take effect on May 1."],
], [date("1 April", "May 1")])
item(P, "ferry-day", [
    ["The ferry capsized on Wednesday off the coast of Dalmar with 80 people on board."],
    ["The ferry capsized on Tuesday evening, survivors said."],
], [date("Wednesday", "Tuesday")], ["2024-06-14", "2024-06-14"])
item(P, "prison-term", [
    ["Judge Ana Ruiz sentenced Petrov to 12 years in prison for the fraud."],
    ["Petrov was jailed for 15 years on Friday."],
], [num("12 years", "15 years")])
item(P, "bank-fine", [
    ["The regulator fined the bank £45 million over the failures."],
    ["The bank was ordered to pay a £54m penalty for failing to stop money laundering."],
], [num("£45 million", "£54m")])
item(P, "clash-arrests", [
    ["Police arrested 12 people after the clashes in Sarn."],
    ["Twenty people were detained following the violence, a police spokeswoman said."],
], [num("12", "Twenty")])
item(P, "fire-evacuated", [
    ["Some 5,000 residents were evacuated as the fire spread towards the town."],
    ["Authorities evacuated about 12,000 people from nearby villages."],
], [num("5,000", "12,000")])
item(P, "boat-missing", [
    ["Four fishermen are still missing after their boat sank off Cape Marrow."],
    ["Seven people remain missing, the coast guard said."],
], [num("Four", "Seven")])
item(P, "snow-flights", [
    ["Airlines cancelled 340 flights at Norvik airport on Monday."],
    ["More than 400 flights were cancelled as snow blanketed the city."],
], [num("340", "More than 400")])
item(P, "plant-jobs", [
    ["The carmaker will cut 2,500 jobs at its Tessel plant."],
    ["Around 4,000 jobs will go at the plant, the union said."],
], [num("2,500", "4,000")])
item(P, "storm-homes", [
    ["The storm destroyed 1,200 homes in the delta region."],
    ["About 800 houses were destroyed, officials said."],
], [num("1,200", "800")])
item(P, "quake-magnitude-hyphen", [
    ["A magnitude 6.4 earthquake hit the island early on Sunday."],
    ["The 6.9-magnitude quake was felt as far away as the capital."],
], [num("6.4", "6.9")])
item(P, "bail", [
    ["Bail was set at $500,000 at Monday's hearing."],
    ["The judge set bail at $1 million for Carver."],
], [num("$500,000", "$1 million")])
item(P, "turnout", [
    ["Turnout was 61 percent, the highest in two decades."],
    ["Turnout stood at 48%, the commission said."],
], [num("61 percent", "48%")])
item(P, "driver-age", [
    ["The 23-year-old driver was taken to hospital with minor injuries."],
    ["The driver, aged 25, was later arrested at the scene."],
], [num("23-year-old", "25")])
item(P, "quote-words", [
    ["Mayor Rita Lind said: “We will rebuild every home that was lost.”"],
    ["“We will rebuild every house we lost,” Lind said."],
], [quote("rebuild every home", "rebuild every house")])
item(P, "quote-speaker", [
    ["“The evidence simply does not support these charges,” said defence lawyer Maria Sousa."],
    ["“The evidence simply does not support these charges,” prosecutor Ian Webb conceded."],
], [attr()])
item(P, "quote-speaker-2", [
    ["“This is the darkest day in our history,” Prime Minister Joan Hale said."],
    ["“This is the darkest day in our history,” President Otto Brenn told reporters."],
], [attr()])
item(P, "election-date", [
    ["Voters will go to the polls on October 12, the electoral commission announced."],
    ["The election will be held on October 19."],
], [date("October 12", "October 19")])
item(P, "mine-toll", [
    ["The death toll from the mine collapse rose to 14 on Thursday."],
    ["Nine miners were killed in the collapse, the company said."],
], [num("14", "Nine")])
item(P, "mall-shooting", [
    ["A gunman opened fire at a shopping centre in Vesna, killing six people and wounding 11."],
    ["Eight people were killed and 11 wounded in the attack, police said."],
], [num("six", "Eight")])
item(P, "victim-age", [
    ["Victim Laura Penn, 19, was a student at the university."],
    ["The victim, 20-year-old Laura Penn, died at the scene."],
], [num("19", "20-year-old")])
item(P, "damages", [
    ["A jury ordered the firm to pay $12 million in damages to the family."],
    ["Jurors awarded the family $21 million in damages on Thursday."],
], [num("$12 million", "$21 million")])
item(P, "bus-passengers", [
    ["The bus was carrying 52 passengers when it plunged into the gorge."],
    ["There were 38 passengers on board the bus, the operator said."],
], [num("52", "38")])
item(P, "leave-deadline", [
    ["Residents have until Friday to leave the area around the volcano."],
    ["Residents must leave by Sunday, the mayor of the area said."],
], [date("Friday", "Sunday")])
item(P, "suspended-sentence", [
    ["Hart was given an 18-month suspended sentence."],
    ["The court handed Hart a two-year suspended sentence."],
], [num("18-month", "two-year")])
item(P, "inflation", [
    ["Consumer prices rose 4.2 percent in March from a year earlier."],
    ["Prices rose 5.1% in March, the statistics office said."],
], [num("4.2 percent", "5.1%")])
item(P, "wildfire-area", [
    ["The fire has burned 12,000 hectares of forest since Friday."],
    ["The blaze has scorched about 45,000 acres, fire officials said."],
], [num("12,000 hectares", "45,000 acres")])
item(P, "seats", [
    ["The ruling party won 112 seats in the 300-member parliament."],
    ["The ruling party secured 98 seats, official results showed."],
], [num("112", "98")])
item(P, "jury-hours", [
    ["The jury deliberated for 11 hours over two days."],
    ["Jurors reached their verdict after six hours of deliberation."],
], [num("11 hours", "six hours")])
item(P, "quote-never", [
    ["“We did not see the water coming,” said farmer Teo Lusk."],
    ["“We never saw the water coming,” Lusk told the agency."],
], [quote("did not see", "never saw")])
item(P, "tower-update", [
    ["Three people were confirmed dead after the tower block fire."],
    ["The fire in the tower block killed 17 people, officials said on Friday."],
], [num("Three", "17")])
item(P, "rescued-child-age", [
    ["The two-year-old boy was rescued from the rubble after 30 hours."],
    ["Rescuers pulled the three-year-old from the rubble on Wednesday."],
], [num("two-year-old", "three-year-old")])
item(P, "train-injured-words", [
    ["Forty passengers were injured when the train derailed near Ostra."],
    ["The derailment injured 64 people, the rail operator said."],
], [num("Forty", "64")])
item(P, "ransom", [
    ["The kidnappers demanded a ransom of $2 million for the engineers."],
    ["The gang asked for $5 million in ransom, a family member said."],
], [num("$2 million", "$5 million")])
item(P, "three-sources-toll", [
    ["The landslide killed 9 people in the village of Tarn."],
    ["At least 30 people were killed when the hillside gave way."],
    ["Officials said 9 people had died."],
], [num("9", "At least 30")])
item(P, "hostage-count", [
    ["The gunmen held 15 hostages inside the bank for most of the day."],
    ["Police said 22 hostages were freed unharmed."],
], [num("15", "22")])
item(P, "runway-distance", [
    ["The jet stopped 300 metres short of the Kelm river after overshooting the runway."],
    ["The plane came to rest about 50 metres from the Kelm river."],
], [num("300 metres", "50 metres")])
item(P, "factory-blast-injured", [
    ["The explosion at the Dorran fertiliser plant injured 45 workers."],
    ["Some 120 people were hurt in the blast, hospital officials said."],
], [num("45", "120")])
item(P, "strike-days", [
    ["Dock workers began a five-day strike at the port on Monday."],
    ["The port faces a three-day strike by dock workers."],
], [num("five-day", "three-day")])

# ---------------------------------------------------------------- look-alikes
item(N, "more-than-150", [
    ["More than 150 people were killed in the cyclone, the government said."],
    ["The cyclone killed 163 people, according to the latest count."],
], [])
item(N, "km-miles", [
    ["The village lies 120 km north of Harlow."],
    ["The village, 75 miles from Harlow, was cut off by the floods."],
], [])
item(N, "cash-and-stock", [
    ["Vostok Energy will pay $2.1 billion in cash and stock for Penner Oil."],
    ["Vostok will pay $1.6 billion in cash for Penner, the companies said."],
], [])
item(N, "flood-1999", [
    ["The floods have killed 43 people across the region."],
    ["The disaster recalls the 1999 floods, which killed more than 300 people.",
     "At least 40 people have died this week."],
], [])
item(N, "last-year-quake", [
    ["The magnitude 5.8 quake struck shortly after dawn."],
    ["Last year a magnitude 7.2 earthquake devastated the same region.",
     "Tuesday's 5.8 magnitude tremor was felt across the valley."],
], [])
item(N, "aftershock", [
    ["The quake injured 230 people and damaged the old town hall."],
    ["A strong aftershock on Thursday injured 15 more people."],
], [])
item(N, "depth-conversion", [
    ["The quake was 10 km (6 miles) deep, the survey said."],
    ["It struck at a depth of 6.2 miles."],
], [])
item(N, "killed-vs-injured", [
    ["The bus crash killed 12 people."],
    ["Forty people were injured when the bus left the road."],
], [])
item(N, "about-120", [
    ["About 120 people were evacuated from the building."],
    ["Firefighters evacuated 118 people from the tower."],
], [])
item(N, "nearly-50", [
    ["Nearly 50 protesters were arrested in the capital."],
    ["Police arrested 48 protesters, a spokesman said."],
], [])
item(N, "up-to-200", [
    ["Up to 200 people are missing after the mudslide."],
    ["Rescuers are searching for 150 people who are missing."],
], [])
item(N, "dozens-36", [
    ["Dozens were injured when the stand collapsed."],
    ["The collapse injured 36 fans, organisers said."],
], [])
item(N, "hundreds-400", [
    ["Hundreds of people were evacuated from the riverside."],
    ["More than 400 people were evacuated, the fire service said."],
], [])
item(N, "a-dozen", [
    ["A dozen people were arrested after the match."],
    ["Police said 12 people had been arrested."],
], [])
item(N, "two-ages", [
    ["Peter Vance, 34, was driving the car."],
    ["His passenger, Colin Reyes, 29, was unhurt."],
], [])
item(N, "two-anchors", [
    ["The crash happened 20 km from Aldor."],
    ["Survivors were flown to a hospital 50 km from Brisk."],
], [])
item(N, "hours-minutes", [
    ["The siege lasted three hours."],
    ["Police ended the 180-minute siege shortly after noon."],
], [])
item(N, "mph-kmh", [
    ["The storm packed winds of 90 mph."],
    ["Winds reached 145 km/h as the storm came ashore."],
], [])
item(N, "weekday-vs-date", [
    ["Lawyers said Thursday that the singer had entered a clinic."],
    ["Her lawyers said on May 2 that she had entered a clinic."],
], [], ["2013-05-03", "2013-05-03"])
item(N, "different-events-days", [
    ["The suspect was arrested on Monday."],
    ["He was charged on Wednesday with arson."],
], [])
item(N, "different-currency", [
    ["The project will cost €1.2 billion."],
    ["The project is expected to cost $1.3 billion."],
], [])
item(N, "price-vs-revenue", [
    ["Arkwright is buying Selden for $2 billion."],
    ["Selden had revenue of $500 million last year."],
], [])
item(N, "two-candidates", [
    ["Okafor won 54% of the vote."],
    ["Her rival, Mr Bello, won 41% of the vote."],
], [])
item(N, "quote-punctuation", [
    ["“We are devastated, but we will recover,” the mayor said."],
    ["“We are devastated - but we will recover!” Mayor Stein said."],
], [])
item(N, "quote-excerpt", [
    ["“The company acted recklessly and it must be held to account for every family it has hurt,” Judge Ortiz said."],
    ["Judge Ortiz said the company “must be held to account for every family it has hurt”."],
], [])
item(N, "quote-ellipsis", [
    ["“We have lost everything: our house, our animals, our fields,” said resident Mia Karro."],
    ["“We have lost everything … our fields,” Karro said."],
], [])
item(N, "quote-role-vs-name", [
    ["“No one should have been on the bridge at that hour,” a police spokesman said."],
    ["“No one should have been on the bridge at that hour,” said police spokesman Ivo Brandt."],
], [])
item(N, "destroyed-vs-damaged", [
    ["The storm destroyed 200 homes."],
    ["Some 1,500 homes were damaged by the storm."],
], [])
item(N, "dead-vs-killed", [
    ["Seventeen people are dead after the ferry sank."],
    ["The sinking killed 17 people."],
], [])
item(N, "a-woman-one", [
    ["A woman was killed when the balcony collapsed."],
    ["One person died in the collapse, police said."],
], [])
item(N, "year-old-vs-name", [
    ["Police said the 41-year-old Tom Fisk had been arrested."],
    ["Fisk, 41, appeared in court on Monday."],
], [])
item(N, "at-least-3", [
    ["At least three people were killed in the explosion."],
    ["The explosion killed five people, officials said."],
], [])
item(N, "flights-range", [
    ["More than 1,000 flights were cancelled across the country."],
    ["Airlines cancelled 1,200 flights on Monday."],
], [])
item(N, "bn-usd", [
    ["The group agreed to buy the rival for $2.1bn."],
    ["The deal is worth US$2.1 billion."],
], [])
item(N, "rounded-bn", [
    ["The takeover is valued at $2 billion."],
    ["The takeover values the company at $2.14 billion."],
], [])
item(N, "magnitude-forms", [
    ["A magnitude 6.1 quake struck at noon."],
    ["The 6.1-magnitude earthquake was felt in the capital."],
], [])
item(N, "previous-sentence", [
    ["The judge sentenced Rhee to 20 years in prison."],
    ["Rhee had previously served five years in prison for fraud."],
], [])
item(N, "subgroup", [
    ["Seventeen people, including five children, were killed in the blast."],
    ["The blast killed 17 people."],
], [])
item(N, "last-year-visitors", [
    ["The festival drew 40,000 visitors this weekend."],
    ["Last year the festival attracted 35,000 visitors."],
], [])
item(N, "unrelated-deadlines", [
    ["Applications must be submitted by March 1."],
    ["The ministry will publish its decision by June 30."],
], [])
item(N, "start-vs-deadline", [
    ["Buying the company's bonds will be banned from 1 June, the regulator said."],
    ["Holders of the company's bonds must sell them by 30 November."],
], [])
item(N, "nearly-2000", [
    ["Nearly 2,000 people were displaced by the floods."],
    ["The floods displaced 1,900 people."],
], [])
item(N, "days-hours", [
    ["The miners were trapped for two days."],
    ["The miners had been trapped for 48 hours when rescuers reached them."],
], [])
item(N, "several-vs-four", [
    ["Several people were injured in the clashes."],
    ["Four people were injured, police said."],
], [])
item(N, "toll-vs-other-country", [
    ["The storm killed 21 people in Marovia."],
    ["In neighbouring Essland, the storm killed four people."],
], [])

json.dump({"about": "Hand-written wire-style sentences on invented events; see make_set.py.",
           "positives": P, "negatives": N}, open("set.json", "w"), indent=1, ensure_ascii=False)
print(len(P), "items with", sum(len(i["expect"]) for i in P), "disagreements;", len(N), "look-alikes")
