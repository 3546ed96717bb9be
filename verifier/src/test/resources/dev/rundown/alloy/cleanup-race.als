-- models/examples/cleanup-race.rundown {File=1, Request=2}

open util/ordering[State]

abstract sig Bool {}
one sig False, True extends Bool {}

abstract sig File {
  state: FileState -> State
}
one sig File1 extends File {}

abstract sig Request {
  state: ReqState -> State,
  owner: File -> State,
  cancelRoutine: set State,
  cancelled: set State,
  inCancel: set State
}
one sig Request1, Request2 extends Request {}

abstract sig FileState {}
one sig Unopened, Open, CleanedUp, Closed extends FileState {}

abstract sig ReqState {}
one sig Free, Queued, Dequeued, Completed extends ReqState {}

-- the states of a trace, in order; each records the step leaving it: which action, its arguments,
-- the properties it broke
abstract sig Label {}
one sig Fired_open, Fired_send, Fired_cancelIrp, Fired_cancelRoutine, Fired_startIo, Fired_completeIo, Fired_dispatchCleanup, Fired_close extends Label {}
abstract sig Failure {}
one sig Violated_NoDoubleCompletion, Violated_WellDefined extends Failure {}
sig State {
  action: lone Label,
  arg1: lone univ,
  failed: set Failure
}

-- a stutter changes nothing: the frame fact below keeps every variable
pred stutter[pre: State] {
  no pre.action
  no pre.arg1
  no pre.failed
}

pred initial[pre: State] {
  ((File <: state).pre) = File -> Unopened
  ((Request <: state).pre) = Request -> Free
  no (owner.pre)
  no (cancelRoutine.pre)
  no (cancelled.pre)
  no (inCancel.pre)
}

-- app open
pred open_2[pre, post: State, f: File] {
  pre.action = Fired_open
  pre.arg1 = f
  ((Unopened in (f.((File <: state).pre))) and (let state_2 = ((File <: state).pre) ++ (f -> Open) | (((File <: state).post) = state_2 and pre.failed = none)))
}

-- app send
pred send[pre, post: State, f: File] {
  pre.action = Fired_send
  pre.arg1 = f
  (((Open in (f.((File <: state).pre))) and (some r_2: Request | (Free in (r_2.((Request <: state).pre))))) and (some r: Request | ((Free in (r.((Request <: state).pre))) and (let state_2 = ((Request <: state).pre) ++ (r -> Queued) | (let owner_2 = ((owner.pre) - (r -> File)) + (r -> f) | (let cancelRoutine_3 = ((cancelRoutine.pre) + (r)) | (((Request <: state).post) = state_2 and (owner.post) = owner_2 and (cancelRoutine.post) = cancelRoutine_3 and pre.failed = none)))))))
}

-- iomgr cancelIrp
pred cancelIrp[pre, post: State, r: Request] {
  pre.action = Fired_cancelIrp
  pre.arg1 = r
  ((((Queued in (r.((Request <: state).pre))) or (Dequeued in (r.((Request <: state).pre)))) and (not (r in (cancelled.pre)))) and (let cancelled_2 = ((cancelled.pre) + (r)) | (((r in (cancelRoutine.pre)) and (let cancelRoutine_3 = ((cancelRoutine.pre) - (r)) | (let inCancel_2 = ((inCancel.pre) + (r)) | ((cancelRoutine.post) = cancelRoutine_3 and (cancelled.post) = cancelled_2 and (inCancel.post) = inCancel_2 and pre.failed = none)))) or ((not (r in (cancelRoutine.pre))) and ((cancelRoutine.post) = (cancelRoutine.pre) and (cancelled.post) = cancelled_2 and (inCancel.post) = (inCancel.pre) and pre.failed = none)))))
}

-- driver cancelRoutine
pred cancelRoutine_2[pre, post: State, r: Request] {
  pre.action = Fired_cancelRoutine
  pre.arg1 = r
  ((r in (inCancel.pre)) and (let inCancel_2 = ((inCancel.pre) - (r)) | (let state_2 = ((Request <: state).pre) ++ (r -> Completed) | (((Request <: state).post) = state_2 and (inCancel.post) = inCancel_2 and pre.failed = ((not (Completed in (r.((Request <: state).pre)))) => none else Violated_NoDoubleCompletion)))))
}

-- driver startIo
pred startIo[pre, post: State, r: Request] {
  pre.action = Fired_startIo
  pre.arg1 = r
  ((Queued in (r.((Request <: state).pre))) and (let state_2 = ((Request <: state).pre) ++ (r -> Dequeued) | (((Request <: state).post) = state_2 and pre.failed = none)))
}

-- driver completeIo
pred completeIo[pre, post: State, r: Request] {
  pre.action = Fired_completeIo
  pre.arg1 = r
  ((Dequeued in (r.((Request <: state).pre))) and (let state_2 = ((Request <: state).pre) ++ (r -> Completed) | (((Request <: state).post) = state_2 and pre.failed = ((not (Completed in (r.((Request <: state).pre)))) => none else Violated_NoDoubleCompletion))))
}

-- driver dispatchCleanup
pred dispatchCleanup[pre, post: State, f: File] {
  pre.action = Fired_dispatchCleanup
  pre.arg1 = f
  ((Open in (f.((File <: state).pre))) and (let state_2 = ((File <: state).pre) ++ (f -> CleanedUp) | (let cancelRoutine_3 = ((cancelRoutine.pre) - (Request1)) | (let state_3 = ((Request <: state).pre) ++ (Request1 -> Completed) | (let state_4 = ((Request1 in (cancelRoutine.pre)) => state_3 else ((Request <: state).pre)) | (let cancelRoutine_4 = ((Request1 in (cancelRoutine.pre)) => cancelRoutine_3 else (cancelRoutine.pre)) | (let state_5 = (((f in (Request1.(owner.pre))) and (Queued in (Request1.((Request <: state).pre)))) => state_4 else ((Request <: state).pre)) | (let cancelRoutine_5 = (((f in (Request1.(owner.pre))) and (Queued in (Request1.((Request <: state).pre)))) => cancelRoutine_4 else (cancelRoutine.pre)) | (let cancelRoutine_6 = (cancelRoutine_5 - (Request2)) | (let state_6 = state_5 ++ (Request2 -> Completed) | (let state_7 = ((Request2 in cancelRoutine_5) => state_6 else state_5) | (let cancelRoutine_7 = ((Request2 in cancelRoutine_5) => cancelRoutine_6 else cancelRoutine_5) | (let state_8 = (((f in (Request2.(owner.pre))) and (Queued in (Request2.state_5))) => state_7 else state_5) | (let cancelRoutine_8 = (((f in (Request2.(owner.pre))) and (Queued in (Request2.state_5))) => cancelRoutine_7 else cancelRoutine_5) | (((File <: state).post) = state_2 and ((Request <: state).post) = state_8 and (cancelRoutine.post) = cancelRoutine_8 and pre.failed = none)))))))))))))))
}

-- iomgr close
pred close[pre, post: State, f: File] {
  pre.action = Fired_close
  pre.arg1 = f
  (((CleanedUp in (f.((File <: state).pre))) and (no r: Request | ((f in (r.(owner.pre))) and ((Queued in (r.((Request <: state).pre))) or (Dequeued in (r.((Request <: state).pre))))))) and (let state_2 = ((File <: state).pre) ++ (f -> Closed) | (((File <: state).post) = state_2 and pre.failed = none)))
}

-- a step is one action or a stutter
pred transition[pre, post: State] {
  stutter[pre]
  or (some f: File | open_2[pre, post, f])
  or (some f: File | send[pre, post, f])
  or (some r: Request | cancelIrp[pre, post, r])
  or (some r: Request | cancelRoutine_2[pre, post, r])
  or (some r: Request | startIo[pre, post, r])
  or (some r: Request | completeIo[pre, post, r])
  or (some f: File | dispatchCleanup[pre, post, f])
  or (some f: File | close[pre, post, f])
}

-- each variable changes only in a step of an action that may assign it
pred unchanged[pre, post: State] {
  (((File <: state).post) = ((File <: state).pre) or some (pre.action & (Fired_open + Fired_dispatchCleanup + Fired_close)))
  (((Request <: state).post) = ((Request <: state).pre) or some (pre.action & (Fired_send + Fired_cancelRoutine + Fired_startIo + Fired_completeIo + Fired_dispatchCleanup)))
  ((owner.post) = (owner.pre) or some (pre.action & (Fired_send)))
  ((cancelRoutine.post) = (cancelRoutine.pre) or some (pre.action & (Fired_send + Fired_cancelIrp + Fired_dispatchCleanup)))
  ((cancelled.post) = (cancelled.pre) or some (pre.action & (Fired_cancelIrp)))
  ((inCancel.post) = (inCancel.pre) or some (pre.action & (Fired_cancelIrp + Fired_cancelRoutine)))
}

-- no action can be taken
pred deadlocked[pre: State] {
  ((((((((no f: File | (Unopened in (f.((File <: state).pre)))) and (no f: File | (((Open in (f.((File <: state).pre))) and (some r_2: Request | (Free in (r_2.((Request <: state).pre))))) and (some r: Request | (Free in (r.((Request <: state).pre))))))) and (no r: Request | ((((Queued in (r.((Request <: state).pre))) or (Dequeued in (r.((Request <: state).pre)))) and (not (r in (cancelled.pre)))) and (let cancelled_2 = ((cancelled.pre) + (r)) | ((r in (cancelRoutine.pre)) or (not (r in (cancelRoutine.pre)))))))) and (no r: Request | (r in (inCancel.pre)))) and (no r: Request | (Queued in (r.((Request <: state).pre))))) and (no r: Request | (Dequeued in (r.((Request <: state).pre))))) and (no f: File | (Open in (f.((File <: state).pre))))) and (no f: File | ((CleanedUp in (f.((File <: state).pre))) and (no r: Request | ((f in (r.(owner.pre))) and ((Queued in (r.((Request <: state).pre))) or (Dequeued in (r.((Request <: state).pre)))))))))
}

-- assert NoDoubleCompletion  CAN-9, CAN-5
pred NoDoubleCompletion_fails[pre: State] {
  (Violated_NoDoubleCompletion in pre.failed)
}
assert NoDoubleCompletion { all pre: State | not NoDoubleCompletion_fails[pre] }

-- invariant NoIoAfterClose  WDM-FILE-4
pred NoIoAfterClose_fails[pre: State] {
  (not (all f: File | (all r: Request | ((not ((Closed in (f.((File <: state).pre))) and (f in (r.(owner.pre))))) or (Completed in (r.((Request <: state).pre)))))))
}
assert NoIoAfterClose { all pre: State | not NoIoAfterClose_fails[pre] }

-- at end NoStrandedRequest  WDM-FILE-2, CAN-3
pred NoStrandedRequest_fails[pre: State] {
  (deadlocked[pre] and (not (all r: Request | ((Free in (r.((Request <: state).pre))) or ((Completed in (r.((Request <: state).pre))) and (not (r in (inCancel.pre))))))))
}
assert NoStrandedRequest { not NoStrandedRequest_fails[last] }

-- hang NoHang
pred NoHang_fails[pre: State] {
  (some none)
}
assert NoHang { not NoHang_fails[last] }

pred WellDefined_fails_in_state[pre: State] {
  (some none)
}

-- well defined WellDefined
pred WellDefined_fails[pre: State] {
  ((Violated_WellDefined in pre.failed) or WellDefined_fails_in_state[pre])
}
assert WellDefined { all pre: State | not WellDefined_fails[pre] }

-- the traces: the first state is initial; every step is one action or a stutter and changes only what
-- that action assigns; the last state takes no step, so a trace of n states shows the violations within
-- n - 1 steps
fact init { initial[first] }
fact transitions {
  all pre: State - last | transition[pre, pre.next]
  stutter[last]
}
fact frame { all pre: State - last | unchanged[pre, pre.next] }

check NoDoubleCompletion for 1 but 2 Int, exactly 11 State
check NoIoAfterClose for 1 but 2 Int, exactly 11 State
check NoStrandedRequest for 1 but 2 Int, exactly 11 State
check NoHang for 1 but 2 Int, exactly 11 State
check WellDefined for 1 but 2 Int, exactly 11 State
