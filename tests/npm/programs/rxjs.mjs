// rxjs' README: observables piped through operators.
import { range, filter, map, of, from, Subject, BehaviorSubject, interval, take, toArray, lastValueFrom, firstValueFrom, merge, concatMap, scan, catchError, throwError, timer, combineLatest, reduce } from "rxjs";

range(1, 200).pipe(filter((x) => x % 2 === 1), map((x) => x + x), take(5)).subscribe((x) => console.log("range", x));
of(1, 2, 3).pipe(scan((acc, x) => acc + x, 0), toArray()).subscribe((values) => console.log("scan", values));
const subject = new Subject();
subject.subscribe({ next: (v) => console.log("observerA", v), complete: () => console.log("A complete") });
subject.next(1);
subject.subscribe((v) => console.log("observerB", v));
subject.next(2);
subject.complete();
const state = new BehaviorSubject("initial");
state.subscribe((v) => console.log("behavior", v));
state.next("updated");
console.log("value", state.getValue());
throwError(() => new Error("oops")).pipe(catchError((error) => of("recovered from " + error.message))).subscribe((v) => console.log(v));
console.log("ticks", await lastValueFrom(interval(5).pipe(take(3), toArray())));
console.log("first", await firstValueFrom(from(Promise.resolve("from a promise"))));
console.log("concatMap", await lastValueFrom(of(30, 10).pipe(concatMap((ms) => timer(ms).pipe(map(() => ms))), toArray())));
console.log("latest", await lastValueFrom(combineLatest([of("a"), of(1, 2)]).pipe(toArray())), await lastValueFrom(merge(of(1), of(2)).pipe(reduce((a, b) => a + b))));
